# SDK: wmill 1.850.0 client.py workflow(): the body re-runs after every task; an OpenAI client call in the body is an HTTP request (and a bill) on each replay.
from openai import OpenAI

from wmill import task, workflow

llm = OpenAI()


@task()
async def load_ticket(ticket_id: str) -> dict:
    return {"id": ticket_id, "body": "My invoice is wrong"}


@task()
async def file_reply(ticket_id: str, reply: str) -> str:
    return f"{ticket_id}:{len(reply)}"


@workflow
async def main(ticket_id: str):
    ticket = await load_ticket(ticket_id)
    completion = llm.chat.completions.create(  # expect: WAC101
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": ticket["body"]}],
    )
    reply = completion.choices[0].message.content or ""
    return await file_reply(ticket_id, reply)
