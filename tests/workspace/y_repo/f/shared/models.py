# Shared types and constants of the billing team (no main: a module, not a script).
from dataclasses import dataclass, field
from enum import Enum
from typing import TypedDict

DEFAULT_REGION = "eu-west"
DEFAULT_CURRENCY = "EUR"
LEDGER_SCRIPT = "f/billing/export_ledger"
MAX_ATTEMPTS = 3


class InvoiceRef(TypedDict):
    invoice_id: str
    customer_id: str


@dataclass
class RefundRequest:
    invoice_id: str
    amount_cents: int
    reason: str = "customer_request"
    tags: list[str] = field(default_factory=list)


# Keyword arguments the ledger export is called with by the monthly close.
LEDGER_DEFAULTS = {"region": DEFAULT_REGION, "dry_run": False}
# A stale copy kept by the refunds team: `currency` was renamed `ccy` in the script.
LEGACY_EXPORT_ARGS = {"region": DEFAULT_REGION, "currency": DEFAULT_CURRENCY}


class RefundReason(str, Enum):
    DAMAGED = "damaged"
    LATE = "late"
    GOODWILL = "goodwill"
