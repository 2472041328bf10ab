from wmill import workflow

from f.lib.token_client import Routes


@workflow
async def main(base: str):
    url = Routes.join(base, "events")
    return Routes.post(url).status_code  # expect: WAC101
