from wmill import workflow

from f.common.api import client


@workflow
async def main(path: str):
    return client.get(path)  # expect: WAC101
