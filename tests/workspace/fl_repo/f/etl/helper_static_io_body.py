from wmill import workflow

from f.common.http_util import Api


@workflow
async def main(path: str):
    return Api.fetch(path)  # expect: WAC101
