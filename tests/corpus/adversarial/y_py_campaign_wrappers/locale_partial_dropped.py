# SDK: wmill 1.850.0 client.py: functools.partial over a task calls the task's wrapper, which queues the step (_next_step) and returns a coroutine; kept in a dict and never awaited, its result is lost
import functools

from wmill import task, workflow


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


SENDERS = {
    "fr": functools.partial(send_campaign, locale="fr-FR"),
    "de": functools.partial(send_campaign, locale="de-DE"),
    "en": functools.partial(send_campaign, locale="en-GB"),
}


@workflow
async def main(campaign_id: str, template_id: str):
    segments = await segments_for(campaign_id)
    sends = {}
    for seg in segments:
        sender = SENDERS.get(seg["language"], SENDERS["en"])
        sends[seg["id"]] = sender(seg["id"], template_id)  # expect: WAC106
    return {"campaign": campaign_id, "segments": list(sends)}
