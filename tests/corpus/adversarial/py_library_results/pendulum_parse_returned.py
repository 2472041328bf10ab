# SDK: wmill 1.850.0 client.py: a pendulum DateTime is a datetime subclass, which json.dumps(default=str) writes as its str(); .add() then fails on the str in the body.
import pendulum
from wmill import task, workflow


@task()
async def contract_start(contract: dict):
    return pendulum.parse(contract["starts"], tz="UTC")  # expect: WAC107


@task()
async def plan_renewal(contract_id: str, renew_on: str) -> str:
    return f"{contract_id}:{renew_on}"


@workflow
async def main(contract: dict):
    start = await contract_start(contract)
    return await plan_renewal(contract["id"], start.add(years=1).to_date_string())
