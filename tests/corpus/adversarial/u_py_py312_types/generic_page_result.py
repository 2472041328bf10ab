# SDK: wmill 1.850.0 json.dumps(result, default=str) writes an instance of a class of the file as its str(), so the body gets a string, not a Page
from dataclasses import dataclass, field

from wmill import task, workflow


@dataclass
class Page[T]:
    items: list[T] = field(default_factory=list)
    cursor: str | None = None


@task()
async def list_tickets(cursor: str | None) -> Page[dict]:
    import requests

    resp = requests.get(
        "https://acme.zendesk.com/api/v2/tickets.json",
        params={"page[size]": 100, "page[after]": cursor} if cursor else {"page[size]": 100},
        timeout=30,
    )
    data = resp.json()
    return Page(items=data["tickets"], cursor=data["meta"].get("after_cursor"))  # expect: WAC107


@task()
async def archive(tickets: list[dict]) -> int:
    import boto3

    boto3.client("s3").put_object(Bucket="support-archive", Key=f"tickets/{tickets[0]['id']}.json", Body=str(tickets))
    return len(tickets)


@workflow
async def main():
    cursor = None
    archived = 0
    while True:
        page = await list_tickets(cursor)
        if page.items:
            archived += await archive(page.items)
        if not page.cursor:
            break
        cursor = page.cursor
    return {"archived": archived}
