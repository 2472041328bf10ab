from wmill import step, workflow

from . import util
from ..common import http


@workflow
async def main(url: str, items: list):
    first = util.first(items)
    chosen = await step("pick", lambda: util.pick(items))
    return {"url": http.build_url(url, first), "chosen": chosen}
