# SDK: wmill 1.850.0 a failed task raises TaskError in the body; checking completeness after the loop (and in `except TaskError`) leaves the suspension alone
import logging

import httpx
from wmill import TaskError, task, workflow

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
    except TaskError as err:
        raise IncompleteBatch(f"box {box_id}: {len(pages)}/{page_count} pages") from err
    finally:
        log.debug("box %s: leaving the OCR loop with %d pages", box_id, len(pages))
    if len(pages) != page_count:
        raise IncompleteBatch(f"box {box_id}: {len(pages)}/{page_count} pages")
    manifest = await checksum_box(box_id, pages)
    log.info("box %s: %d pages, manifest %s", box_id, len(pages), manifest)
    return {"box": box_id, "pages": len(pages), "manifest": manifest}
