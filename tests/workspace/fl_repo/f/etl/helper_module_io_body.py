from wmill import workflow

from f.common import http_util


@workflow
async def main(url: str):
    return http_util.get_json(url)  # expect: WAC101
