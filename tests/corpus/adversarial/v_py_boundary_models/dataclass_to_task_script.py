# SDK: wmill 1.850.0 task_script: arguments are sent in the dispatch info to another script's job (JSON); a dataclass is no JSON value
"""Payroll run: each employee's payslip is rendered by a shared script."""
from dataclasses import asdict, dataclass

from wmill import task, task_script, workflow

render_payslip = task_script("f/payroll/render_payslip", timeout=300)


@dataclass
class Payslip:
    employee_id: str
    gross_cents: int
    net_cents: int
    period: str


@task()
async def load_payroll(period: str) -> list[dict]:
    import wmill

    db = wmill.datatable("payroll")
    return db.query("select employee_id, gross_cents, net_cents from payroll_lines where period = $1", period).fetch()


@workflow
async def main(period: str):
    rows = await load_payroll(period)
    documents = []
    for row in rows:
        slip = Payslip(row["employee_id"], row["gross_cents"], row["net_cents"], period)
        documents.append(await render_payslip(payslip=slip))  # expect: WAC107
    summary = Payslip("ALL", sum(r["gross_cents"] for r in rows), sum(r["net_cents"] for r in rows), period)
    return {"documents": documents, "summary": asdict(summary)}
