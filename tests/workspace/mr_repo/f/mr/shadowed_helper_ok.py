from wmill import task, workflow

from f.common.http import post_json


def post_json(url: str, body: dict) -> dict:  # noqa: F811 - the local one is meant
    return {"url": url, **body}


@task()
async def deliver(payload: dict) -> dict:
    return payload


@workflow
async def main(url: str, order_id: str):
    payload = post_json(url, {"order_id": order_id})
    return await deliver(payload)
