from wmill import step, workflow

from f.common.api import Session, make_client


@workflow
async def main(path: str):
    env = Session.from_env()
    made = make_client("https://backup.example.com")
    doc = await step("doc", lambda: env.get(path))
    return {"doc": doc, "url": made.url(path)}
