from wmill import task, workflow

from f.common import http


@task()
async def deliver(url: str) -> str:
    return url


@workflow
async def main(base: str, order_id: str):
    def post_json(url: str, body: dict) -> str:
        return f"{url}?{sorted(body)}"

    url = http.build_url(base, "orders")
    return await deliver(post_json(url, {"order_id": order_id}))
