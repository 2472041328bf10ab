# SDK: windmill-parser-wasm-py (windmill-oracle sig): a keyword-only parameter of main is dropped from the schema, and a TypedDict of the file is read as a resource type ({"list": {"resource": "Series"}})
import logging
from datetime import datetime
from typing import Literal, Optional, TypedDict

import httpx
from wmill import task, workflow

log = logging.getLogger("archive.findingaid")

EAD_API = "https://ead.archive.example/api"


class Series(TypedDict):
    title: str
    boxes: list[int]
    restricted: bool


@task()
async def render_series(collection: str, series: dict, level: str) -> str:
    r = httpx.post(f"{EAD_API}/collections/{collection}/render", json={"series": series, "level": level})
    r.raise_for_status()
    return r.text


@task()
async def publish_ead(collection: str, fragments: list[str], embargo_until: Optional[str]) -> str:
    r = httpx.post(
        f"{EAD_API}/collections/{collection}/publish",
        json={"xml": "\n".join(fragments), "embargo": embargo_until},
    )
    r.raise_for_status()
    return r.json()["ark"]


@workflow
async def main(
    collection: str,
    series: list[Series],
    level: Literal["collection", "series", "file"] = "series",
    embargo_until: Optional[datetime] = None,
    *,
    include_restricted: bool = False,  # expect: WAC902
):
    fragments = []
    for s in series:
        if s["restricted"] and not include_restricted:
            log.info("skipping restricted series %s", s["title"])
            continue
        fragments.append(await render_series(collection, dict(s), level))
    ark = await publish_ead(collection, fragments, embargo_until.isoformat() if embargo_until else None)
    return {"collection": collection, "series": len(fragments), "ark": ark}
