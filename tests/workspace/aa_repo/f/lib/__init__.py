# Convenience re-exports so callers can write `from f.lib import stamp`.
from .clock import now as stamp
from .clock import run_label
from .tasks import charge_card, send_receipt

__all__ = ["stamp", "run_label", "charge_card", "send_receipt"]
