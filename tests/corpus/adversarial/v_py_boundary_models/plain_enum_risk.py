# SDK: wmill 1.850.0: json.dumps(default=str) writes a plain Enum member as "Risk.HIGH"; the comparison with Risk.HIGH is never true
"""Transaction monitoring: a task classifies risk with a plain Enum."""
from enum import Enum

from wmill import task, workflow


class Risk(Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@task()
async def classify(txn: dict) -> Risk:
    amount = float(txn["amount"])
    high = amount > 10_000 or txn.get("country") in {"KP", "IR"}
    return Risk.HIGH if high else (Risk.MEDIUM if amount > 1_000 else Risk.LOW)  # expect: WAC107


@task()
async def open_case(txn_id: str) -> str:
    import httpx
    import wmill

    api = wmill.get_resource("f/aml/case_api")
    return httpx.post(f"{api['url']}/cases", json={"txn": txn_id}).json()["case_id"]


@workflow
async def main(txn: dict):
    risk = await classify(txn)
    if risk is Risk.HIGH:  # expect: WAC107
        case_id = await open_case(txn["id"])
        return {"txn": txn["id"], "case": case_id}
    return {"txn": txn["id"], "case": None}
