import requests
from wmill import workflow

from f.common.steps import logged, once


@workflow
async def main(url: str):
    page = await logged("fetch_page", lambda: requests.get(url, timeout=10).text)  # expect: WAC101
    head = await once(name="fetch_head", fn=lambda: requests.head(url, timeout=10).status_code)
    return [page, head]
