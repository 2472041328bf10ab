# SDK: plain script using `match` and dataclasses; the SDK is imported but no WAC name
from dataclasses import dataclass, field

import wmill


@dataclass
class Item:
    sku: str
    on_hand: int
    par: int
    tags: list[str] = field(default_factory=list)


def classify(item: Item) -> str:
    match item:
        case Item(on_hand=0):
            return "out"
        case Item(on_hand=n, par=p) if n < p // 2:
            return "critical"
        case Item(on_hand=n, par=p) if n < p:
            return "low"
        case _:
            return "ok"


def main(inventory: list[dict], supplier_email: str = "orders@ink-supply.example"):
    items = [Item(**row) for row in inventory]
    groups: dict[str, list[str]] = {}
    for it in items:
        groups.setdefault(classify(it), []).append(it.sku)
    if groups.get("out") or groups.get("critical"):
        wmill.run_script_by_path_async(
            "f/tattoo/send_supplier_email",
            args={"to": supplier_email, "skus": groups.get("out", []) + groups.get("critical", [])},
        )
    return groups
