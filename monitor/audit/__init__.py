"""Zero-config audit: check any portal with no profile, and write a starting profile from it.

``portal-monitor audit URL`` crawls the site, discovers its columns and the
units behind them (信息公开 directories, 发布机构 lines), runs every check and
writes ``audit.json`` and ``audit.html``; ``portal-monitor init URL`` turns
what it discovered into a profile the office completes (quotas, e-mails).
"""
from monitor.audit.init_profile import profile_toml
from monitor.audit.run import AuditOptions, AuditResult, run_audit
from monitor.audit.site import AuditError

__all__ = ["AuditError", "AuditOptions", "AuditResult", "profile_toml", "run_audit"]
