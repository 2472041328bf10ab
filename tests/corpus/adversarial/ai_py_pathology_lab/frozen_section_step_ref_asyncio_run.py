# SDK: wmill 1.850.0 `_run_inline_step` calls `fn()` in the running loop of `_run_workflow`; the sync helper given to `step` by reference calls asyncio.run, which raises RuntimeError there, so the step fails with TaskError and the intra-operative consult never reaches the surgeon
"""Intra-operative frozen section: page the on-call pathologist, wait for the call-back, relay the read (ported from a Restate workflow)."""

from __future__ import annotations

import asyncio
import logging
from functools import partial

from wmill import get_resume_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("path.frozen")

PAGER = "https://pager.path.example"
OR_BOARD = "https://or.hospital.example"


async def _page(on_call: list[str], case_id: str, link: str) -> list[str]:
    import httpx

    async with httpx.AsyncClient(base_url=PAGER, timeout=10) as c:
        replies = await asyncio.gather(*(c.post("/page", json={"to": who, "case": case_id, "link": link}) for who in on_call))
    return [r.json()["page_id"] for r in replies]


def page_on_call(on_call: list[str], case_id: str, link: str) -> list[str]:
    return asyncio.run(_page(on_call, case_id, link))


@task(timeout=60)
async def on_call_pathologists(service: str) -> list[str]:
    import httpx

    r = httpx.get(f"{PAGER}/rota/{service}/now")
    r.raise_for_status()
    return r.json()["pagers"]


@task(timeout=60)
async def relay_to_or(theatre: str, case_id: str, read: str) -> None:
    import httpx

    httpx.post(f"{OR_BOARD}/theatres/{theatre}/messages", json={"case": case_id, "frozen_read": read}).raise_for_status()


@workflow
async def main(case_id: str, theatre: str, service: str = "surgical-path"):
    on_call = await on_call_pathologists(service)
    urls = await step("resume_urls", get_resume_urls)
    pages = await step("page", partial(page_on_call, on_call, case_id, urls["approvalPage"]))  # expect: WAC301
    log.info("paged %s", pages)
    read = await wait_for_approval(timeout=45 * 60, key="frozen_read", form={"read": {"type": "string"}})
    await relay_to_or(theatre, case_id, (read.get("value") or {}).get("read", ""))
    return {"case": case_id, "read": read.get("value")}
