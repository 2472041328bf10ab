from wmill import workflow

from f.lib.star_all import *


@workflow
async def main(url: str, text: str):
    code = notify(url, text)  # expect: WAC101
    return {"code": code}
