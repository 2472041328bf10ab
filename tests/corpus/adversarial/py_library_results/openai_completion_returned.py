# SDK: wmill 1.850.0 client.py: a task's result goes through json.dumps(default=str); an openai ChatCompletion is a pydantic model, not a dict, so it comes back as the string of its repr and completion.choices fails in the body.
from openai import OpenAI
from wmill import task, workflow


@task(timeout=120)
async def classify_ticket(text: str):
    client = OpenAI()
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Answer with one word: bug, billing or other."}, {"role": "user", "content": text}],
    )
    return completion  # expect: WAC107


@task()
async def route(ticket_id: str, label: str) -> str:
    return f"{ticket_id} -> {label}"


@workflow
async def main(ticket_id: str, text: str):
    completion = await classify_ticket(text)
    label = completion.choices[0].message.content.strip().lower()
    return await route(ticket_id, label)
