from wmill import workflow

from f.common.api import Session, make_client


@workflow
async def main(path: str):
    env = Session.from_env()
    first = env.get(path)  # expect: WAC101
    made = make_client("https://backup.example.com")
    second = made.get(path)  # expect: WAC101
    with Session("https://x.example.com") as session:
        third = session.get(path)  # expect: WAC101
    return [first, second, third]
