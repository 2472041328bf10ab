import functools

from f.common.http import build_url, post_json
from f.common.notifier import Formatter, formatter, notifier
from wmill import parallel, step, task, workflow

join = build_url
orders = functools.partial(build_url, "https://shop.example.com")
send = post_json


@task()
async def deliver(url: str) -> str:
    send(url, {})
    notifier("delivered")
    return url


@workflow
async def main(base: str, items: list):
    url = join(base, "orders")
    first = orders(items[0]) if items else url
    text = formatter("ready") + Formatter("> ")(first)
    await step("notify", lambda: notifier(text))
    return await parallel(items, deliver)
