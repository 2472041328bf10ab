from wmill import workflow

from f.common.fetcher import get_page


@workflow
async def main(url: str):
    return get_page(url)  # expect: WAC101
