# SDK: wmill 1.850.0 json.dumps(result, default=str) in _run_inline_step; the tally is returned as a list of row dicts, which JSON keeps as they are
from collections import defaultdict

from wmill import step, task, workflow


@task()
async def fetch_shipments(day: str) -> list[dict]:
    import requests

    return requests.get("https://wms.internal/api/shipments", params={"day": day}, timeout=30).json()["items"]


@task()
async def write_summary(day: str, rows: list[dict]) -> int:
    import gspread

    ws = gspread.service_account().open("Shipments").worksheet("daily")
    ws.append_rows([[day, r["region"], r["sku"], r["qty"]] for r in rows])
    return len(rows)


@workflow
async def main(day: str):
    shipments = await fetch_shipments(day)

    def tally():
        totals = defaultdict(int)
        for s in shipments:
            totals[(s["region"], s["sku"])] += s["qty"]
        return [{"region": r, "sku": k, "qty": q} for (r, k), q in sorted(totals.items())]

    rows = await step("tally", tally)
    return {"rows": await write_summary(day, rows)}
