# SDK: wmill 1.850.0 runs a task's body once, in its own job: the viewer client is opened and used there, and the body only awaits the task
"""Whole-slide imaging: scan slides, register the images with the viewer, and ask a pathologist to sign out (agent-written)."""

from __future__ import annotations

import logging
from typing import NamedTuple

import httpx
from wmill import get_resume_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("path.wsi")

SCANNER = "https://wsi.path.example"
VIEWER = "https://viewer.path.example"


class ScanResult(NamedTuple):
    slide_id: str
    image_url: str
    focus_score: float


@task(timeout=1800, tag="scanner")
async def scan_slide(slide_id: str, magnification: int = 40) -> dict:
    r = httpx.post(f"{SCANNER}/scan", json={"slide": slide_id, "mag": magnification}, timeout=1500)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def register_images(case_id: str, images: list[dict]) -> int:
    async with httpx.AsyncClient(base_url=VIEWER, timeout=30) as viewer:
        for img in images:
            (await viewer.post(f"/cases/{case_id}/images", json=img)).raise_for_status()
    return len(images)


@task(timeout=120)
async def notify_pathologist(email: str, case_id: str, approval_page: str) -> None:
    httpx.post("https://mail.path.example/send", json={"to": email, "case": case_id, "link": approval_page}, timeout=30)


@workflow
async def main(case_id: str, slide_ids: list[str], pathologist_email: str, min_focus: float = 0.7):
    scans = [ScanResult(**(await scan_slide(s))) for s in slide_ids]
    blurry = [s.slide_id for s in scans if s.focus_score < min_focus]
    await register_images(case_id, [{"slide": s.slide_id, "url": s.image_url} for s in scans])
    urls = await step("resume_urls", lambda: get_resume_urls())
    await notify_pathologist(pathologist_email, case_id, urls["approvalPage"])
    signed = await wait_for_approval(timeout=3 * 24 * 3600, form={"diagnosis": {"type": "string"}})
    log.info("case %s signed out by %s", case_id, signed.get("approver"))
    return {"case": case_id, "blurry": blurry, "diagnosis": (signed.get("value") or {}).get("diagnosis")}
