"""Team kit: one import for the helpers the order workflows use."""

from .clock import now as stamp
from .clock import run_label as step_label
from .durable import charge_and_notify, safe_charge
from .tasks import charge_card, send_receipt

__all__ = [
    "stamp",
    "step_label",
    "charge_and_notify",
    "safe_charge",
    "charge_card",
    "send_receipt",
]
