# SDK: wmill 1.850.0 suspends by raising _StepSuspend; a `finally` runs on that way out too, and an exception raised there replaces the suspension, so the first round fails instead of dispatching the OCR task
import logging

import httpx
from wmill import task, workflow

log = logging.getLogger("archive.scan")

SCAN_API = "https://scanning.archive.example/api"


class IncompleteBatch(RuntimeError):
    pass


@task(timeout=1800, tag="ocr")
async def ocr_page(box_id: str, page: int, dpi: int) -> dict:
    r = httpx.post(f"{SCAN_API}/boxes/{box_id}/pages/{page}/ocr", json={"dpi": dpi}, timeout=1500)
    r.raise_for_status()
    return r.json()


@task()
async def checksum_box(box_id: str, pages: list[dict]) -> str:
    r = httpx.post(f"{SCAN_API}/boxes/{box_id}/manifest", json=[p["sha256"] for p in pages])
    r.raise_for_status()
    return r.json()["manifest_id"]


@workflow
async def main(box_id: str, page_count: int, dpi: int = 600):
    pages: list[dict] = []
    try:
        for page in range(1, page_count + 1):
            pages.append(await ocr_page(box_id, page, dpi))
    finally:
        # the Temporal version raised here so a partial box never reached the manifest
        if len(pages) != page_count:
            raise IncompleteBatch(f"box {box_id}: {len(pages)}/{page_count} pages")  # expect: WAC203
    manifest = await checksum_box(box_id, pages)
    log.info("box %s: %d pages, manifest %s", box_id, len(pages), manifest)
    return {"box": box_id, "pages": len(pages), "manifest": manifest}
