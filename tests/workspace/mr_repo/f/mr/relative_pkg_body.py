from wmill import workflow

from . import util
from ..common.http import post_json


@workflow
async def main(url: str, items: list):
    chosen = util.pick(items)  # expect: WAC102
    first = util.first(items)
    result = post_json(url, {"chosen": chosen, "first": first})  # expect: WAC101
    return result
