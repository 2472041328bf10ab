from wmill import task, workflow

from f.lib.token_client import TokenClient


@task()
async def fetch_token(url: str) -> str:
    return TokenClient(url).token


@workflow
async def main(url: str):
    client = TokenClient(url)
    token = await fetch_token(url)
    return {"host": client.host, "token": token}
