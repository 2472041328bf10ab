# SDK: wmill 1.850.0 a task result is JSON (default=str): Decimal is returned as str and rebuilt with Decimal(str) in the body, which is deterministic
import os
from decimal import ROUND_HALF_UP, Decimal

import httpx
import wmill
from wmill import TaskError, task, workflow

THRESHOLD = Decimal("0.85")
QUANT = Decimal("0.001")


def viability_model(base: Decimal, years: int, rate: Decimal) -> Decimal:
    value = base
    for _ in range(years):
        value = value * (Decimal(1) - rate)
    return value.quantize(QUANT, rounding=ROUND_HALF_UP)


@task()
async def fetch_germination_rate(accession: str) -> str:
    token = wmill.get_variable("f/seedbank/lims_token")
    base = os.environ.get("LIMS_URL", "https://lims.seedbank.example")
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}) as c:
        r = await c.get(f"/accessions/{accession}/germination")
        r.raise_for_status()
        return str(Decimal(str(r.json()["rate"])))


@task()
async def schedule_regeneration(accession: str, projected: str) -> dict:
    async with httpx.AsyncClient(base_url="https://field.seedbank.example") as c:
        r = await c.post("/regeneration", json={"accession": accession, "projected": projected})
        r.raise_for_status()
        return {"ticket": r.json()["id"], "accession": accession}


@workflow
async def main(accessions: list[str], horizon_years: int = 10, annual_loss: str = "0.012"):
    rate = Decimal(annual_loss)
    flagged: list[dict] = []
    missing: list[str] = []
    for accession in accessions:
        try:
            raw = await fetch_germination_rate(accession)
        except TaskError as err:
            missing.append(accession)
            print(f"no germination data for {accession}: {err.result['error']['message']}")
            continue
        projected = viability_model(Decimal(raw), horizon_years, rate)
        if projected < THRESHOLD:
            flagged.append(await schedule_regeneration(accession, str(projected)))
    return {"flagged": flagged, "missing": missing, "threshold": str(THRESHOLD)}
