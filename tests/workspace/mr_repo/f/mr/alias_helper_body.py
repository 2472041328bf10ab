import functools

from f.common.http import post_json
from f.common.notifier import Notifier, notifier
from f.common.vars import remember
from u.alice.notify import ping
from wmill import parallel, workflow

send = post_json
alert = functools.partial(ping, "ops")


@workflow
async def main(url: str, items: list):
    send(url, {"items": items})  # expect: WAC101
    alert("started")  # expect: WAC101
    notifier("started")  # expect: WAC101
    Notifier(url)("started")  # expect: WAC101
    await parallel(items, functools.partial(remember, "f/mr/item"))  # expect: WAC101
    return len(items)
