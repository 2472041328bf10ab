# SDK: wmill 1.850.0 a task call only takes a key when it is made; an async generator that is never iterated makes none, so no chapter is ever transcribed
from typing import AsyncIterator

from wmill import task, workflow


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
async def mark_processing(episode_id: str) -> dict:
    import requests

    return requests.post(f"https://cms.internal/episodes/{episode_id}/processing", timeout=30).json()


async def transcribed(episode_id: str, markers: list[int]) -> AsyncIterator[dict]:
    for start, end in zip(markers, markers[1:]):
        part = await transcribe_chapter(episode_id, start, end)
        yield {"start": start, "end": end, "text": part["text"]}


@workflow
async def main(episode_id: str, chapter_markers: list[int]):
    await mark_processing(episode_id)
    chapters = transcribed(episode_id, chapter_markers)  # expect: WAC106
    print(f"queued {len(chapter_markers) - 1} chapters for {episode_id}: {chapters!r}")
    return {"episode": episode_id, "chapters": len(chapter_markers) - 1}
