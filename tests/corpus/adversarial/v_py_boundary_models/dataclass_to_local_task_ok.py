# SDK: wmill 1.850.0 _execute_directly(func, **kwargs): a task of the file runs in a child job that replays the body and calls func with the objects that replay built
"""Payroll run: payslips are dataclasses handed to a task of this file, and asdict() when they leave it."""
from dataclasses import asdict, dataclass

from wmill import task, workflow


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


@task()
async def render_payslip(slip: Payslip) -> dict:
    import wmill

    body = f"{slip.employee_id}: gross {slip.gross_cents / 100:.2f}, net {slip.net_cents / 100:.2f}"
    path = f"payslips/{slip.period}/{slip.employee_id}.txt"
    wmill.write_s3_file(path, body.encode())
    return {"employee": slip.employee_id, "path": path}


@workflow
async def main(period: str):
    rows = await load_payroll(period)
    slips = [Payslip(r["employee_id"], r["gross_cents"], r["net_cents"], period) for r in rows]
    documents = [await render_payslip(s) for s in slips]
    return {"documents": documents, "slips": [asdict(s) for s in slips]}
