# Give up quietly when the upstream API reports an error.
import requests
from wmill import task, workflow


class UpstreamError(Exception):
    pass


@task()
async def pull(url: str) -> dict:
    resp = requests.get(url, timeout=30)
    if resp.status_code >= 500:
        raise UpstreamError(resp.text)
    return resp.json()


@workflow
async def main(url: str):
    try:
        data = await pull(url)
    except UpstreamError:  # expect: WAC204
        data = None
    return data
