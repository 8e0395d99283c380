"""Alert emails to units that lag behind their quota or have problems to fix (整改提醒)."""
from monitor.alerts.run import RoundResult, round_text, run_round
from monitor.alerts.send import SendError

__all__ = ["RoundResult", "SendError", "round_text", "run_round"]
