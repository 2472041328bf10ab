from wmill import workflow

from f.common.http import build_url


def build_url(base: str, path: str) -> str:  # noqa: F811 - this one is called
    import requests

    return requests.get(f"{base}/{path}").text


@workflow
async def main(base: str):
    return build_url(base, "orders")  # expect: WAC101
