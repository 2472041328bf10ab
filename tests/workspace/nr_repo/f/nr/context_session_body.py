from wmill import workflow

from f.lib.sessions import open_session


@workflow
async def main(url: str, token: str):
    with open_session(token) as session:
        data = session.get(url).json()  # expect: WAC101
    return data
