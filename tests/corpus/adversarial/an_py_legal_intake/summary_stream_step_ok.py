# SDK: wmill 1.850.0 client.py: step() runs its function in the round that reaches it and checkpoints the string it returns; the stream is opened and drained inside that function, and tenacity's retry sleeps there too, never in the body
"""Summarise a deposition transcript with a streamed completion inside a step."""

from openai import OpenAI
from tenacity import retry, stop_after_attempt, wait_exponential

from wmill import step, task, workflow

client = OpenAI()


@retry(stop=stop_after_attempt(4), wait=wait_exponential(multiplier=2, max=60))
def stream_summary(transcript: str) -> str:
    parts: list[str] = []
    stream = client.chat.completions.create(
        model="gpt-4o",
        stream=True,
        messages=[{"role": "user", "content": f"Summarise this deposition:\n{transcript}"}],
    )
    for chunk in stream:
        delta = chunk.choices[0].delta.content if chunk.choices else None
        if delta:
            parts.append(delta)
    return "".join(parts)


@task
async def attach_summary(matter_id: str, summary: str) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        await http.post(f"https://cases.lawfirm.example/api/matters/{matter_id}/notes", json={"body": summary})


@workflow
async def main(matter_id: str, transcript: str):
    summary = await step("summarize", lambda: stream_summary(transcript))
    await attach_summary(matter_id, summary)
    return {"chars": len(summary)}
