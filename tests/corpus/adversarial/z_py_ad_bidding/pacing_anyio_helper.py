# SDK: wmill 1.850.0 _StepSuspend derives from BaseException; anyio 4 create_task_group re-raises child errors as a BaseExceptionGroup, which the runner does not unwrap
import anyio
from wmill import task, workflow, step


@task(timeout=300, tag="pacing")
async def campaign_spend(campaign_id: str) -> dict:
    import requests

    r = requests.get(f"https://reporting.internal/campaigns/{campaign_id}/spend", timeout=20)
    r.raise_for_status()
    return r.json()


@task(timeout=300, tag="pacing")
async def adjust_pacing(campaign_id: str) -> dict:
    import requests

    r = requests.post(f"https://ads.internal/campaigns/{campaign_id}/pacing/recompute", timeout=20)
    r.raise_for_status()
    return r.json()


async def repace_all(campaign_ids: list[str]) -> None:
    """Kick every campaign's pacing recompute at once."""
    async with anyio.create_task_group() as tg:
        for cid in campaign_ids:
            tg.start_soon(adjust_pacing, cid)


@workflow
async def main(advertiser_id: str, campaign_ids: list[str], overspend_ratio: float = 1.15):
    over = []
    for cid in campaign_ids:
        spend = await campaign_spend(cid)
        if spend["budget"] and spend["spent"] / spend["budget"] > overspend_ratio:
            over.append(cid)

    if not over:
        return {"advertiser": advertiser_id, "repaced": []}

    await repace_all(over)  # expect: WAC201
    summary = await step("summary", lambda: {"advertiser": advertiser_id, "count": len(over)})
    return {"repaced": over, **summary}
