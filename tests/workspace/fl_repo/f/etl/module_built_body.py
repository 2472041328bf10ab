from wmill import workflow

import f.common.api as api
from f.common import api as shared_api


@workflow
async def main(path: str):
    direct = api.ApiClient("https://a.example.com")
    made = shared_api.make_client("https://b.example.com")
    first = direct.get(path)  # expect: WAC101
    second = made.get(path)  # expect: WAC101
    third = api.Session.from_env().get(path)  # expect: WAC101
    return [first, second, third, made.url(path)]
