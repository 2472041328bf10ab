# SDK: _StepSuspend and _StepFailure derive from BaseException directly, not from CancelledError / KeyboardInterrupt, so an except tuple naming those (plus Exception) lets the suspension through
import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


@task(timeout=600)
async def render_thumbnails(asset_id: str, sizes: list[int]) -> list[str]:
    """Render thumbnails for an asset."""
    return [f"https://cdn.example.com/{asset_id}/{s}.webp" for s in sizes]


@task()
async def mark_failed(asset_id: str, reason: str) -> None:
    """Flag the asset for a human."""
    log.error("asset %s failed: %s", asset_id, reason)


@workflow
async def main(asset_id: str, sizes: list[int] = [64, 256, 1024]) -> dict:
    """Render thumbnails; on failure or cancellation, flag the asset and re-raise."""
    try:
        urls = await render_thumbnails(asset_id=asset_id, sizes=sizes)
    except (Exception, asyncio.CancelledError, KeyboardInterrupt) as exc:
        await mark_failed(asset_id=asset_id, reason=type(exc).__name__)
        raise
    return {"asset_id": asset_id, "thumbnails": urls}
