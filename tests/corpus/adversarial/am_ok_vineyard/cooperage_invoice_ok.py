# SDK: wmill 1.850.0: `except Exception` does not catch _StepSuspend (BaseException); `finally` only closes a local buffer; a generator helper yields from a sorted list
import io
from collections.abc import Iterator

from wmill import task, workflow


@task()
async def barrels_received(po: str) -> list[dict]:
    import requests

    r = requests.get(f"https://erp.example-vines.io/po/{po}/receipts", timeout=15)
    r.raise_for_status()
    return r.json()["lines"]


@task()
async def pay_invoice(po: str, csv_text: str) -> str:
    import requests

    r = requests.post(f"https://ap.example-vines.io/po/{po}/pay", data=csv_text.encode(), headers={"content-type": "text/csv"}, timeout=30)
    r.raise_for_status()
    return r.json()["payment_id"]


def lines_by_forest(lines: list[dict]) -> Iterator[str]:
    for line in sorted(lines, key=lambda l: (l["forest"], l["toast"], l["serial"])):
        yield f"{line['serial']},{line['forest']},{line['toast']},{line['price_eur']}"


@workflow
async def main(po: str):
    lines = await barrels_received(po)
    buf = io.StringIO()
    try:
        buf.write("serial,forest,toast,price_eur\n")
        for row in lines_by_forest(lines):
            buf.write(row + "\n")
        csv_text = buf.getvalue()
    finally:
        buf.close()
    try:
        payment = await pay_invoice(po, csv_text)
    except Exception as exc:
        return {"paid": False, "error": str(exc), "barrels": len(lines)}
    return {"paid": True, "payment": payment, "barrels": len(lines)}
