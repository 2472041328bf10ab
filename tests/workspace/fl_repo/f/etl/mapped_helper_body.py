from wmill import workflow

from f.common.http_util import get_json, slugify


@workflow
async def main(urls: list[str]):
    names = list(map(slugify, urls))
    docs = list(map(get_json, urls))  # expect: WAC101
    return dict(zip(names, docs))
