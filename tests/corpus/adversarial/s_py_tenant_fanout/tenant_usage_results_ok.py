# SDK: wmill 1.850.0 a task's return value is the checkpointed child-job result; the body collects results it awaited, nothing crosses through module state
from wmill import task, workflow

LOG_PREFIX = "[metering]"


def line_for(tenant: str, units: int) -> dict:
    return {"tenant": tenant, "units": units}


@task(timeout=300)
async def meter_tenant(tenant: str, month: str) -> int:
    import httpx

    cache: dict[str, int] = {}
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.get(
            f"https://metering.internal.example.com/usage/{tenant}", params={"month": month}
        )
        resp.raise_for_status()
    cache[tenant] = int(resp.json()["units"])
    return cache[tenant]


@task()
async def write_invoice_lines(month: str, lines: list[dict]) -> int:
    import psycopg

    with psycopg.connect("postgresql://billing@pg.internal/billing") as conn:
        for line in lines:
            conn.execute(
                "INSERT INTO usage_lines (month, tenant, units) VALUES (%s, %s, %s)",
                (month, line["tenant"], line["units"]),
            )
    return len(lines)


@workflow
async def main(tenants: list[str], month: str):
    lines = []
    for tenant in tenants:
        units = await meter_tenant(tenant, month)
        lines.append(line_for(tenant, units))
        print(LOG_PREFIX, tenant, units)
    written = await write_invoice_lines(month, lines)
    return {"month": month, "lines": written}
