from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

MINOR_UNITS = {"EUR": 2, "USD": 2, "GBP": 2, "JPY": 0, "KWD": 3}


@dataclass(frozen=True)
class Money:
    amount_minor: int
    currency: str

    def display(self) -> str:
        exp = MINOR_UNITS.get(self.currency, 2)
        major = Decimal(self.amount_minor).scaleb(-exp)
        return f"{major:.{exp}f} {self.currency}"


def to_minor_units(amount: str, currency: str) -> int:
    exp = MINOR_UNITS.get(currency, 2)
    q = Decimal(amount).quantize(Decimal(1).scaleb(-exp), rounding=ROUND_HALF_EVEN)
    return int(q.scaleb(exp))


def net_of_fees(gross_minor: int, fee_bps: int) -> int:
    return gross_minor - (gross_minor * fee_bps) // 10_000
