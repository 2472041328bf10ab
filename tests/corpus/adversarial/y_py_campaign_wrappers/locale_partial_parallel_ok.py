# SDK: wmill 1.850.0 client.py: parallel(items, fn) awaits gather(fn(item) ...) per batch; a partial over a task passes the item as the first positional argument (_merge_args names it)
import asyncio
import functools

from wmill import parallel, task, workflow


@task()
async def send_campaign(segment_id: str, template_id: str, locale: str) -> dict:
    import httpx

    return httpx.post(
        "https://mailer.internal/campaigns/send",
        json={"segment": segment_id, "template": template_id, "locale": locale},
        timeout=120,
    ).json()


@task()
async def segments_for(campaign_id: str) -> list:
    import httpx

    return httpx.get(f"https://crm.internal/campaigns/{campaign_id}/segments", timeout=30).json()


@workflow
async def main(campaign_id: str, template_id: str):
    segments = await segments_for(campaign_id)
    french = [s["id"] for s in segments if s["language"] == "fr"]
    others = [s["id"] for s in segments if s["language"] != "fr"]
    fr_sent = await parallel(french, functools.partial(send_campaign, template_id=template_id, locale="fr-FR"), concurrency=4)
    en_send = functools.partial(send_campaign, template_id=template_id, locale="en-GB")
    en_sent = await asyncio.gather(*(en_send(sid) for sid in others))
    return {"campaign": campaign_id, "sent": len(fr_sent) + len(en_sent)}
