# SDK: plain script (no WAC import): a `main` with Python 3.12 `type` alias and match on the input
import json
from typing import Literal

import wmill

type Territory = Literal["EU", "US", "APAC", "WORLD"]

FEES = {"EU": 1200, "US": 1800, "APAC": 900, "WORLD": 3500}


def fee_for(territory: str, minutes: int) -> int:
    match territory:
        case "WORLD":
            return FEES["WORLD"] + minutes * 20
        case "EU" | "US" | "APAC":
            return FEES[territory] + minutes * 10
        case _:
            raise ValueError(territory)


def main(broadcaster: str, territory: str = "EU", minutes: int = 90):
    contacts = json.loads(wmill.get_variable("f/orchestra/broadcast_contacts"))
    fee = fee_for(territory, minutes)
    return {"broadcaster": broadcaster, "contact": contacts.get(broadcaster), "fee_eur": fee}
