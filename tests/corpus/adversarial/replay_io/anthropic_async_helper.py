# SDK: wmill 1.850.0 client.py: a plain async helper awaited by the @workflow body runs in the body, so its API call repeats on every replay.
import anthropic

from wmill import task, workflow

claude = anthropic.AsyncAnthropic()


async def classify(text: str) -> str:
    msg = await claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=10,
        messages=[{"role": "user", "content": f"Label: {text}"}],
    )
    return msg.content[0].text


@task()
async def route(label: str, text: str) -> str:
    return f"queue-{label}"


@workflow
async def main(text: str):
    label = await classify(text)  # expect: WAC101
    return await route(label, text)
