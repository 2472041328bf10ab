# SDK: wmill 1.850.0 task_script / task_flow at module level called with keyword arguments; timedelta arithmetic on input timecodes; contextlib.suppress(KeyError) around a dict read only
import contextlib
import logging
from datetime import timedelta

from wmill import step, task, task_flow, task_script, workflow

log = logging.getLogger("subtitles")

transcribe = task_script("f/media/whisper_transcribe", timeout=3600, tag="gpu")
burn_in = task_flow("f/media/burn_subtitles")


def to_srt_time(seconds: float) -> str:
    td = timedelta(seconds=seconds)
    total = int(td.total_seconds())
    ms = int(round((td.total_seconds() - total) * 1000))
    return f"{total // 3600:02}:{total % 3600 // 60:02}:{total % 60:02},{ms:03}"


def to_srt(cues: list[dict], offset: float) -> str:
    blocks = []
    for i, cue in enumerate(cues, start=1):
        blocks.append(f"{i}\n{to_srt_time(cue['start'] + offset)} --> {to_srt_time(cue['end'] + offset)}\n{cue['text']}\n")
    return "\n".join(blocks)


@task()
async def translate_cues(cues: list[dict], target: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post("https://mt.agency.example/cues", json={"cues": cues, "target": target})
        r.raise_for_status()
        return r.json()


@workflow
async def main(video_s3: str, targets: list[str], offset_seconds: float = 0.0, style: dict = {}):
    transcript = await transcribe(audio=video_s3, language="auto")
    font = "Inter"
    with contextlib.suppress(KeyError):
        font = style["font"]
    outputs = {}
    for target in targets:
        cues = await translate_cues(transcript["cues"], target)
        srt = to_srt(cues, offset_seconds)
        outputs[target] = await burn_in(video=video_s3, srt=srt, font=font)
    summary = await step("summary", lambda: {"languages": len(outputs), "font": font})
    log.info("done: %s", summary)
    return outputs
