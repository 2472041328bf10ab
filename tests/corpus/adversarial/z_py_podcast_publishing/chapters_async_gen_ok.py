# SDK: wmill 1.850.0 each awaited task call inside the async generator takes its key when the body's `async for` pulls it, in the same order every round
from typing import AsyncIterator

from wmill import task, workflow, step


@task(timeout=600, tag="media")
async def transcribe_chapter(episode_id: str, start_s: int, end_s: int) -> dict:
    import requests

    r = requests.post(
        "https://asr.internal/transcribe",
        json={"episode": episode_id, "start": start_s, "end": end_s},
        timeout=550,
    )
    r.raise_for_status()
    return r.json()


@task()
async def publish_transcript(episode_id: str, chapters: list[dict]) -> dict:
    import requests

    r = requests.put(f"https://cms.internal/episodes/{episode_id}/transcript", json=chapters, timeout=30)
    return {"status": r.status_code}


async def transcribed(episode_id: str, markers: list[int]) -> AsyncIterator[dict]:
    for start, end in zip(markers, markers[1:]):
        part = await transcribe_chapter(episode_id, start, end)
        yield {"start": start, "end": end, "text": part["text"], "words": part["word_count"]}


@workflow
async def main(episode_id: str, chapter_markers: list[int], word_budget: int = 20000):
    chapters = []
    words = 0
    async for ch in transcribed(episode_id, chapter_markers):
        chapters.append(ch)
        words += ch["words"]
        if words > word_budget:
            break

    published = await publish_transcript(episode_id, chapters)
    summary = await step("summary", lambda: {"chapters": len(chapters), "words": words})
    return {"published": published, **summary}
