# SDK: wmill 1.850.0: task_script(path) dispatches a script; Decimal only lives in the body and crosses as str
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

from wmill import task, task_script, wait_for_approval, workflow

fetch_quotes = task_script("f/bakery/suppliers/fetch_quotes", timeout=300)
sign_contract = task_script("f/bakery/suppliers/sign_contract")


@task()
async def notify_buyer(text: str) -> None:
    import requests

    requests.post("https://chat.example-bakery.com/hooks/buying", json={"text": text}, timeout=10)


def cents(x: str | int | float) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def score(quote: dict, tonnes: int) -> Decimal:
    price = cents(quote["eur_per_tonne"]) * tonnes
    lead = Fraction(quote["lead_days"], 7)
    return price * (1 + Decimal(lead.numerator) / Decimal(lead.denominator * 100))


@workflow
async def main(tonnes: int, suppliers: list[str]):
    quotes = await fetch_quotes(suppliers=sorted(suppliers), tonnes=tonnes)
    ranked = sorted(quotes, key=lambda q: (score(q, tonnes), q["supplier"]))
    best = ranked[0]
    total = str(cents(best["eur_per_tonne"]) * tonnes)
    await notify_buyer(f"Best flour tender: {best['supplier']} at {total} EUR for {tonnes} t")
    decision = await wait_for_approval(timeout=3 * 86400, form={"type": "object", "properties": {"po": {"type": "string"}}})
    if not decision["approved"]:
        return {"signed": False, "best": best["supplier"]}
    contract = await sign_contract(supplier=best["supplier"], total_eur=total, po=decision["value"].get("po"))
    return {"signed": True, "contract": contract, "total_eur": total}
