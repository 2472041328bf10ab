from wmill import workflow

from f.common.http import post_json


@workflow
async def main(url: str, amount: float):
    receipt = post_json(url, {"amount": amount})  # expect: WAC101
    return {"receipt": receipt}
