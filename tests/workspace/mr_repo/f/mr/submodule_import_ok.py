from wmill import task, workflow

from f.common import http


@task()
async def send(url: str, order_id: str) -> dict:
    return http.post_json(url, {"order_id": order_id})


@workflow
async def main(base: str, order_id: str):
    url = http.build_url(base, "orders")
    return await send(url, order_id)
