# SDK: wmill 1.850.0 task results cross json.dumps(default=str); Python never checks `-> datetime`, so a task annotated that way that returns `.isoformat()` / `str(...)` checkpoints a plain string
from datetime import datetime, timezone
from decimal import Decimal

from wmill import task, workflow

HISTORIAN = "https://historian.sunfield.example/api"


@task()
async def last_sample_at(site: str, tag: str) -> datetime:
    import httpx

    row = httpx.get(f"{HISTORIAN}/{site}/tags/{tag}/last", timeout=20).json()
    # the historian answers epoch millis; keep the annotation the team's schema uses
    return datetime.fromtimestamp(row["ts"] / 1000, tz=timezone.utc).isoformat()


@task()
async def energy_mwh(site: str, day: str) -> Decimal:
    import httpx

    rows = httpx.get(f"{HISTORIAN}/{site}/energy", params={"day": day}, timeout=20).json()
    total = sum((Decimal(str(r["kwh"])) for r in rows), Decimal("0")) / Decimal(1000)
    return str(total.quantize(Decimal("0.001")))


@task()
async def post_daily_report(site: str, day: str, mwh: str, last_sample: str) -> str:
    import httpx

    r = httpx.post(
        "https://reports.sunfield.example/daily",
        json={"site": site, "day": day, "mwh": mwh, "last_sample": last_sample},
        timeout=20,
    )
    return r.json()["id"]


@workflow
async def main(site: str, day: str):
    last = await last_sample_at(site, "PPC.P_TOTAL")
    mwh = await energy_mwh(site, day)
    report = await post_daily_report(site, day, mwh, last)
    return {"site": site, "day": day, "mwh": mwh, "last_sample": last, "report": report}
