# SDK: wmill 1.850.0 client.py: task_script(path, **options) -> callable taking keyword args
"""Monthly billing cycle close: render each account's invoice, then text the customers
whose autopay failed."""

from wmill import step, task_script, workflow

from f.common import paths
from f.common.paths import INVOICE_SCRIPT

render_invoice = task_script(INVOICE_SCRIPT, timeout=600)  # expect: WAC401
send_sms = task_script(paths.SMS_SCRIPT)

LATE_FEE_CENTS = 1500


def due_date_for(cycle: str) -> str:
    year, month = (int(p) for p in cycle.split("-"))
    month += 1
    if month == 13:
        year, month = year + 1, 1
    return f"{year:04d}-{month:02d}-15"


@workflow
async def main(cycle: str, accounts: list[dict], dry_run: bool = False):
    due = due_date_for(cycle)
    rendered = []
    for acct in accounts:
        cents = int(acct["usage_cents"]) + int(acct.get("fixed_cents", 0))
        if acct.get("late"):
            cents += LATE_FEE_CENTS
        if dry_run:
            rendered.append({"account": acct["id"], "cents": cents})
            continue
        doc = await render_invoice(account=acct["id"], cents=cents, dueDate=due)
        rendered.append({"account": acct["id"], "cents": cents, "url": doc["url"]})

    failed = [a for a in accounts if a.get("autopay_failed") and a.get("phone")]
    for acct in failed:
        await send_sms(
            phone=acct["phone"],
            body=f"Riverbend Water: your autopay for {cycle} did not go through.",
            urgent="yes",  # expect: WAC402
        )

    total = await step("total", lambda: sum(r["cents"] for r in rendered))
    return {"cycle": cycle, "due": due, "invoices": rendered, "total_cents": total}
