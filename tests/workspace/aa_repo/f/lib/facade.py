"""Legacy facade kept for the refunds team (they import * from here)."""

from f.lib.kit import *  # noqa: F401,F403
from f.lib.cycle_a import describe_batch  # noqa: F401

LEGACY_CURRENCY = "EUR"
