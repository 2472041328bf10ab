from wmill import workflow

from f.common.wrappers import fetch_org, fetch_user


@workflow
async def main(url: str):
    return [await fetch_user(url=url), await fetch_org(url=url)]
