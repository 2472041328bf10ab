# SDK: a @task's arguments are merged by its own parameter names (_merge_args) and passed to func(**kwargs) in the child job: an unknown keyword fails there with TypeError
import httpx
from wmill import task, workflow


@task()
async def refund_charge(charge_id: str, amount_cents: int) -> dict:
    async with httpx.AsyncClient(base_url="https://payments.internal") as http:
        resp = await http.post(f"/charges/{charge_id}/refund", json={"amount": amount_cents})
        resp.raise_for_status()
        return resp.json()


@task()
async def void_authorization(charge_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://payments.internal") as http:
        resp = await http.post(f"/charges/{charge_id}/void")
        resp.raise_for_status()
        return resp.json()


async def notify_finance(charge_id: str, action: str) -> None:
    async with httpx.AsyncClient() as http:
        await http.post("https://chat.internal/api/post", json={"channel": "#finance", "text": f"{action}: {charge_id}"})


ACTIONS = {
    "refund": refund_charge,
    "void": void_authorization,
    "notify": notify_finance,
}


@workflow
async def main(charge_id: str, captured: bool, amount_cents: int = 0):
    if captured:
        result = await ACTIONS["refund"](charge_id=charge_id, amount=amount_cents)  # expect: WAC402
    else:
        result = await ACTIONS["void"](charge_id=charge_id)
    await ACTIONS["notify"](charge_id, "refund" if captured else "void")  # expect: WAC101
    return result
