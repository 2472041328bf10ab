from wmill import workflow

from f.common.steps import fetch_then_cache


@workflow
async def main(url: str):
    return await fetch_then_cache(url)  # expect: WAC101
