# SDK: wmill 1.850.0 task and step results cross JSON: asdict() of str-only fields, str(Decimal), .isoformat() and a (str, Enum) member survive unchanged
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from decimal import Decimal, ROUND_HALF_UP
from enum import Enum

from wmill import task, step, workflow


class EntryType(str, Enum):
    CONSUMPTION = "01"
    INFORMAL = "11"


@dataclass
class DutyAssessment:
    entry_no: str
    duty: str
    mpf: str
    hmf: str


@task()
async def assess(entry_no: str, value_usd: str, rate: str) -> dict:
    value = Decimal(value_usd)
    duty = (value * Decimal(rate)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    mpf = min(max(value * Decimal("0.003464"), Decimal("32.71")), Decimal("634.62"))
    hmf = value * Decimal("0.00125")
    return asdict(
        DutyAssessment(entry_no, str(duty), str(mpf.quantize(Decimal("0.01"))), str(hmf.quantize(Decimal("0.01"))))
    )


@task()
async def entry_type(value_usd: str) -> EntryType:
    return EntryType.INFORMAL if Decimal(value_usd) < Decimal("2500") else EntryType.CONSUMPTION


@task()
async def post_statement(entry_no: str, total: str, filed_at: str, kind: str) -> dict:
    import requests

    r = requests.post(
        "https://ace.brokerco.example/statements",
        json={"entry": entry_no, "total": total, "filed_at": filed_at, "type": kind},
        timeout=60,
    )
    return r.json()


@workflow
async def main(entry_no: str, value_usd: str, rate: str):
    filed_at = await step("filed_at", lambda: datetime.now(timezone.utc).isoformat())
    assessment = await assess(entry_no, value_usd, rate)
    kind = await entry_type(value_usd)
    total = Decimal(assessment["duty"]) + Decimal(assessment["mpf"]) + Decimal(assessment["hmf"])
    return await post_statement(entry_no, str(total), filed_at, kind)
