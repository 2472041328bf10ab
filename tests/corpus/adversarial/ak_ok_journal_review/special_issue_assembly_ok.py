# SDK: wmill 1.850.0: step() awaits a coroutine function's result; functools.partial of a pure function as a step callback; pydantic model_dump(mode="json") before task_script
import functools
from typing import Optional

from pydantic import BaseModel
from wmill import step, task_script, workflow

build_toc = task_script("f/production/build_toc", timeout=900)


class Paper(BaseModel):
    doi: str
    title: str
    pages: int
    accepted_on: str
    guest_editor: Optional[str] = None


def page_ranges(papers: list[Paper], first_page: int) -> list[dict]:
    out, cur = [], first_page
    for p in papers:
        out.append({"doi": p.doi, "from": cur, "to": cur + p.pages - 1})
        cur += p.pages
    return out


async def issue_stamp(volume: int, issue: int) -> str:
    from datetime import datetime, timezone

    return f"v{volume}i{issue}@" + datetime.now(timezone.utc).isoformat(timespec="minutes")


@workflow
async def main(volume: int, issue: int, papers: list[dict], first_page: int = 1):
    parsed = sorted((Paper.model_validate(p) for p in papers), key=lambda p: (p.accepted_on, p.doi))
    ranges = await step("page_ranges", functools.partial(page_ranges, parsed, first_page))
    stamp = await step("issue_stamp", lambda: issue_stamp(volume, issue))
    toc = await build_toc(
        volume=volume,
        issue=issue,
        papers=[p.model_dump(mode="json") for p in parsed],
        ranges=ranges,
        stamp=stamp,
    )
    return {"toc": toc, "ranges": ranges}
