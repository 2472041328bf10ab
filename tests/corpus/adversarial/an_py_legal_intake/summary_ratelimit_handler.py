# SDK: wmill 1.850.0 client.py: a failed task reaches the body as TaskError (_task_error_from_marker), whatever the task raised in its own job; the anthropic exception class is never raised in the body
"""Summarise a deposition transcript, retrying when the model is rate limited."""

import anthropic

from wmill import TaskError, sleep, task, workflow


@task(timeout=900)
async def summarize(transcript: str) -> str:
    msg = await anthropic.AsyncAnthropic().messages.create(
        model="claude-sonnet-4-5",
        max_tokens=3000,
        messages=[{"role": "user", "content": f"Summarise this deposition:\n{transcript}"}],
    )
    return msg.content[0].text


@task
async def attach_summary(matter_id: str, summary: str) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        await http.post(f"https://cases.lawfirm.example/api/matters/{matter_id}/notes", json={"body": summary})


@workflow
async def main(matter_id: str, transcript: str):
    summary = None
    for attempt in range(4):
        try:
            summary = await summarize(transcript)
            break
        except anthropic.RateLimitError:  # expect: WAC204
            await sleep(60 * (attempt + 1))
        except TaskError as e:
            if e.result["error"]["name"] != "OverloadedError":
                raise
            await sleep(120)
    if summary is None:
        raise RuntimeError("model kept refusing the transcript")
    await attach_summary(matter_id, summary)
    return {"chars": len(summary)}
