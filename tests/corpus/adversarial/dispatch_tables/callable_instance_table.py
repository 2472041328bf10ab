# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the table holds instances whose `__call__` posts to a webhook, and the body calls the one the input names.
import httpx
from wmill import task, workflow


class Hook:
    def __init__(self, url: str) -> None:
        self.url = url

    def __call__(self, text: str) -> int:
        return httpx.post(self.url, json={"text": text}).status_code


HOOKS = {"ops": Hook("https://hooks.example/ops"), "sales": Hook("https://hooks.example/sales")}


@task()
async def close_deal(deal_id: str) -> dict:
    return {"deal": deal_id, "won": True}


@workflow
async def main(deal_id: str, team: str = "sales"):
    deal = await close_deal(deal_id)
    HOOKS[team](f"deal {deal_id} closed")  # expect: WAC101
    return deal
