# SDK: wmill 1.850.0: os.environ and wmill.get_variable are read inside tasks only; a nested closure passed to step() reads the clock (checkpointed); Decimal totals become str before returning
import os
from decimal import Decimal

from wmill import step, task, workflow


@task()
async def invoices(port: str, month: str) -> list[dict]:
    import wmill
    import requests

    token = wmill.get_variable("f/ferry/port_authority_token")
    r = requests.get(
        f"{os.environ.get('PORT_API', 'https://port.example.gov')}/invoices",
        params={"port": port, "month": month},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    r.raise_for_status()
    return [{"no": i["no"], "amount": str(i["amount"]), "call": i["call_id"]} for i in r.json()]


@task()
async def our_calls(port: str, month: str) -> dict[str, str]:
    import psycopg

    with psycopg.connect(os.environ["OPS_DB"]) as conn:
        rows = conn.execute("select call_id, expected_fee from port_calls where port = %s and month = %s", (port, month)).fetchall()
    return {cid: str(fee) for cid, fee in rows}


def diff(inv: list[dict], expected: dict[str, str]) -> list[dict]:
    out = []
    for i in sorted(inv, key=lambda i: i["no"]):
        want = Decimal(expected.get(i["call"], "0"))
        got = Decimal(i["amount"])
        if abs(got - want) > Decimal("0.50"):
            out.append({"invoice": i["no"], "call": i["call"], "delta": str(got - want)})
    return out


@workflow
async def main(ports: list[str], month: str):
    report = {}
    for port in ports:
        inv = await invoices(port, month)
        exp = await our_calls(port, month)
        report[port] = diff(inv, exp)

    def stamp():
        from datetime import datetime, timezone

        return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    checked_at = await step("checked_at", stamp)
    total = sum((Decimal(d["delta"]) for rows in report.values() for d in rows), Decimal(0))
    return {"checked_at": checked_at, "mismatches": report, "net_delta": str(total)}
