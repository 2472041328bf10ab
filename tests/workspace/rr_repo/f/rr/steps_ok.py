import requests
from wmill import workflow

from f.common.steps import fetch_json, once


@workflow
async def main(url: str):
    first = await once("fetch_page", lambda: requests.get(url, timeout=10).text)
    second = await fetch_json(url)
    return {"first": first, "second": second}
