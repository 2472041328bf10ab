# SDK: windmill-parser-wasm-py (windmill-oracle sig): Optional[datetime], Literal of strings and list[dict] are read as written; a dataclass of the file is an object input; the datetime reaches tasks of the file as the live object
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Optional

import httpx
from wmill import task, workflow

log = logging.getLogger("archive.findingaid")

EAD_API = "https://ead.archive.example/api"


@dataclass
class Repository:
    code: str
    name: str


@task()
async def render_series(collection: str, series: dict, level: str) -> str:
    r = httpx.post(f"{EAD_API}/collections/{collection}/render", json={"series": series, "level": level})
    r.raise_for_status()
    return r.text


@task()
async def publish_ead(collection: str, repository: dict, fragments: list[str], embargo_until: Optional[str]) -> str:
    r = httpx.post(
        f"{EAD_API}/collections/{collection}/publish",
        json={"xml": "\n".join(fragments), "embargo": embargo_until, "repository": repository},
    )
    r.raise_for_status()
    return r.json()["ark"]


@workflow
async def main(
    collection: str,
    repository: Repository,
    series: list[dict],
    level: Literal["collection", "series", "file"] = "series",
    embargo_until: Optional[datetime] = None,
    include_restricted: bool = False,
):
    fragments = []
    for s in series:
        if s.get("restricted") and not include_restricted:
            log.info("skipping restricted series %s", s.get("title"))
            continue
        fragments.append(await render_series(collection, s, level))
    repo = {"code": repository.code, "name": repository.name} if isinstance(repository, Repository) else dict(repository)
    ark = await publish_ead(collection, repo, fragments, embargo_until.isoformat() if embargo_until else None)
    return {"collection": collection, "series": len(fragments), "ark": ark}
