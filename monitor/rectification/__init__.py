"""Rectification (整改) of findings: deadlines in working days and each finding's state as of a day."""
from monitor.rectification.lifecycle import STATE_NAMES, STATES, finding_state, notify, overdue_findings
from monitor.rectification.workdays import CalendarError, add_workdays

__all__ = ["STATE_NAMES", "STATES", "CalendarError", "add_workdays", "finding_state", "notify", "overdue_findings"]
