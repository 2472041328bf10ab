from wmill import task, workflow

from f.lib.sessions import open_session


@task()
async def fetch(url: str, token: str) -> dict:
    with open_session(token) as session:
        return session.get(url).json()


@workflow
async def main(url: str, token: str):
    return await fetch(url, token)
