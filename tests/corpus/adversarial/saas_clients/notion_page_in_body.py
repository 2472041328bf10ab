# SDK: wmill 1.850.0 client.py: the body re-runs every round; notion-client `pages.create` creates a page each round.
from notion_client import Client

from wmill import task, workflow

notion = Client(auth="secret_token")


@task()
async def summarise(meeting_id: str) -> str:
    return "summary"


@workflow
async def main(meeting_id: str, database_id: str):
    summary = await summarise(meeting_id)
    notion.pages.create(parent={"database_id": database_id}, properties={"Name": {"title": [{"text": {"content": summary}}]}})  # expect: WAC101
    return summary
