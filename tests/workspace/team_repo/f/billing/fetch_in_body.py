# SDK: wmill 1.850.0 replays the workflow body; f.common.util.fetch_json calls requests.get each replay.
from wmill import task_script, workflow

from f.common.util import fetch_json

charge_card = task_script("f/billing/charge_card")


@workflow
async def main(customer_id: str):
    balance = fetch_json(f"/customers/{customer_id}/balance")  # expect: WAC101
    return await charge_card(customer_id=customer_id, amount=balance["due_cents"])
