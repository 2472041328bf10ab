# SDK: wmill 1.850.0 a class with __aenter__/__aexit__ used only inside a task; TypedDict results; sorted(d.items()) drives the dispatch order
from typing import TypedDict

import httpx
from wmill import task, workflow


class StyleRule(TypedDict):
    id: str
    lang: str
    text: str


class CmsSession:
    def __init__(self, base: str):
        self.base = base
        self.client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> httpx.AsyncClient:
        self.client = httpx.AsyncClient(base_url=self.base)
        await self.client.post("/session")
        return self.client

    async def __aexit__(self, *exc) -> None:
        assert self.client is not None
        await self.client.delete("/session")
        await self.client.aclose()


@task()
async def publish_rules(client_id: str, lang: str, rules: list[StyleRule]) -> int:
    async with CmsSession("https://cms.agency.example") as c:
        r = await c.put(f"/clients/{client_id}/style/{lang}", json=rules)
        r.raise_for_status()
    return len(rules)


@workflow
async def main(client_id: str, rules: list[StyleRule]):
    by_lang: dict[str, list[StyleRule]] = {}
    for rule in rules:
        by_lang.setdefault(rule["lang"], []).append(rule)
    published = {}
    for lang, group in sorted(by_lang.items()):
        published[lang] = await publish_rules(client_id, lang, sorted(group, key=lambda r: r["id"]))
    return published
