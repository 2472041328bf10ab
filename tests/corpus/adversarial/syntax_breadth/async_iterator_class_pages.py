# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `async for` over an instance calls its `__anext__` in the body, and each call here is an HTTP request.
import httpx
from wmill import task, workflow


class ContactPages:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url
        self.token = token
        self.cursor: str | None = ""

    def __aiter__(self) -> "ContactPages":
        return self

    async def __anext__(self) -> list[dict]:
        if self.cursor is None:
            raise StopAsyncIteration
        async with httpx.AsyncClient(base_url=self.base_url) as client:
            resp = await client.get("/contacts", params={"cursor": self.cursor}, headers={"Authorization": self.token})
        body = resp.json()
        self.cursor = body.get("next")
        return body["items"]


@task()
async def upsert_contacts(rows: list[dict]) -> int:
    return len(rows)


@workflow
async def main(base_url: str, token: str):
    total = 0
    async for rows in ContactPages(base_url, token):  # expect: WAC101
        total += await upsert_contacts(rows)
    return {"total": total}
