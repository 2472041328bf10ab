from wmill import task, workflow

from f.lib.token_client import TokenClient


@task()
async def call(url: str, token: str) -> dict:
    return {"url": url, "token": token}


@workflow
async def main(url: str):
    client = TokenClient(url)
    token = client.token  # expect: WAC101
    return await call(url, token)
