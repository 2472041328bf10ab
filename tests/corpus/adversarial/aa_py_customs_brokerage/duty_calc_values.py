# SDK: wmill 1.850.0 task and step results cross json.dumps(default=str): a dataclass instance, a Decimal and a datetime come back as strings
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal, ROUND_HALF_UP

from wmill import task, step, workflow


@dataclass
class DutyAssessment:
    entry_no: str
    duty: Decimal
    mpf: Decimal
    hmf: Decimal


@task()
async def assess(entry_no: str, value_usd: str, rate: str) -> DutyAssessment:
    value = Decimal(value_usd)
    duty = (value * Decimal(rate)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    mpf = min(max(value * Decimal("0.003464"), Decimal("32.71")), Decimal("634.62"))
    hmf = value * Decimal("0.00125")
    return DutyAssessment(entry_no, duty, mpf.quantize(Decimal("0.01")), hmf.quantize(Decimal("0.01")))  # expect: WAC107


@task()
async def bond_headroom(importer: str) -> Decimal:
    import requests

    r = requests.get(f"https://bonds.brokerco.example/{importer}/headroom", timeout=30)
    return Decimal(r.json()["remaining"])  # expect: WAC107


@task()
async def post_statement(entry_no: str, total: str, filed_at: str) -> dict:
    import requests

    r = requests.post(
        "https://ace.brokerco.example/statements",
        json={"entry": entry_no, "total": total, "filed_at": filed_at},
        timeout=60,
    )
    return r.json()


@workflow
async def main(entry_no: str, importer: str, value_usd: str, rate: str):
    filed_at = await step("filed_at", lambda: datetime.now(timezone.utc))  # expect: WAC107
    assessment = await assess(entry_no, value_usd, rate)
    headroom = await bond_headroom(importer)
    total = assessment.duty + assessment.mpf + assessment.hmf
    if total > headroom:
        return {"entry": entry_no, "status": "bond_insufficient"}
    return await post_statement(entry_no, str(total), filed_at.isoformat())
