# SDK: wmill 1.850.0 client.py: the task returns the message text (a str) and the usage as a plain dict (model_dump(mode="json")), both JSON values.
from openai import OpenAI
from wmill import task, workflow


@task(timeout=120)
async def classify_ticket(text: str) -> dict:
    client = OpenAI()
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Answer with one word: bug, billing or other."}, {"role": "user", "content": text}],
    )
    return {
        "label": completion.choices[0].message.content.strip().lower(),
        "usage": completion.usage.model_dump(mode="json") if completion.usage else None,
    }


@task()
async def route(ticket_id: str, label: str) -> str:
    return f"{ticket_id} -> {label}"


@workflow
async def main(ticket_id: str, text: str):
    result = await classify_ticket(text)
    return await route(ticket_id, result["label"])
