# SDK: wmill 1.850.0 client.py: the body replays from the top; the model class defined in the body evaluates only literals and `default_factory=list` (called per instance, empty every time); its `fetch` method is never called in the body.
import requests
from pydantic import BaseModel, Field
from wmill import task, workflow


@task()
async def fetch(url: str) -> dict:
    return requests.get(url, timeout=5).json()


@workflow
async def main(url: str):
    class Page(BaseModel):
        title: str = ""
        links: list[str] = Field(default_factory=list)

        def refresh(self) -> dict:
            return requests.get(url, timeout=5).json()

    page = Page(**(await fetch(url)))
    return {"title": page.title, "links": len(page.links)}
