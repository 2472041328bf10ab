# SDK: every entry of the table is a @task wrapper; indexing the table by a literal or by a checkpointed task result dispatches the same task on every replay
import httpx
from wmill import task, workflow


@task()
async def refund_charge(charge_id: str, amount_cents: int) -> dict:
    async with httpx.AsyncClient(base_url="https://payments.internal") as http:
        resp = await http.post(f"/charges/{charge_id}/refund", json={"amount": amount_cents})
        resp.raise_for_status()
        return resp.json()


@task()
async def void_authorization(charge_id: str, amount_cents: int = 0) -> dict:
    async with httpx.AsyncClient(base_url="https://payments.internal") as http:
        resp = await http.post(f"/charges/{charge_id}/void")
        resp.raise_for_status()
        return resp.json()


@task()
async def notify_finance(charge_id: str, action: str) -> None:
    async with httpx.AsyncClient() as http:
        await http.post("https://chat.internal/api/post", json={"channel": "#finance", "text": f"{action}: {charge_id}"})


@task()
async def charge_state(charge_id: str) -> str:
    async with httpx.AsyncClient(base_url="https://payments.internal") as http:
        return (await http.get(f"/charges/{charge_id}")).json()["state"]


ACTIONS = {"captured": refund_charge, "authorized": void_authorization}


@workflow
async def main(charge_id: str, amount_cents: int = 0):
    state = await charge_state(charge_id=charge_id)
    if state not in ACTIONS:
        return {"skipped": state}
    result = await ACTIONS[state](charge_id=charge_id, amount_cents=amount_cents)
    await notify_finance(charge_id=charge_id, action=state)
    return result
