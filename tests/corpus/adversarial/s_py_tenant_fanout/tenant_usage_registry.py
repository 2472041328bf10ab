# SDK: wmill 1.850.0 a task body runs in its own child job (_execute_directly in another process), so a module dict it fills is not the one the workflow body reads
from collections import defaultdict

from wmill import task, workflow

USAGE: dict[str, list[int]] = defaultdict(list)


def record_usage(tenant: str, units: int) -> None:
    USAGE[tenant].append(units)  # expect: WAC104


@task(timeout=300)
async def meter_tenant(tenant: str, month: str) -> int:
    import httpx

    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.get(
            f"https://metering.internal.example.com/usage/{tenant}", params={"month": month}
        )
        resp.raise_for_status()
    units = int(resp.json()["units"])
    record_usage(tenant, units)
    return units


@task()
async def write_invoice_lines(month: str, lines: dict) -> int:
    import psycopg

    with psycopg.connect("postgresql://billing@pg.internal/billing") as conn:
        for tenant, units in lines.items():
            conn.execute(
                "INSERT INTO usage_lines (month, tenant, units) VALUES (%s, %s, %s)",
                (month, tenant, sum(units)),
            )
    return len(lines)


@workflow
async def main(tenants: list[str], month: str):
    for tenant in tenants:
        await meter_tenant(tenant, month)
    written = await write_invoice_lines(month, dict(USAGE))
    return {"month": month, "lines": written}
