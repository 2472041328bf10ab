"""Payments platform helpers (kept for local tooling and IDE completion)."""

from f.payments.ledger import LedgerClient, post_entry
from f.payments.money import Money, to_minor_units

__all__ = ["LedgerClient", "Money", "post_entry", "to_minor_units"]
