# SDK: wmill 1.850.0 replays the body after every task; think() is a plain async helper the body awaits, so the model is called again (and billed, and may answer differently) each round
import json

from openai import AsyncOpenAI
from wmill import task, workflow

client = AsyncOpenAI()


async def think(messages: list[dict]) -> dict:
    resp = await client.chat.completions.create(model="gpt-4o", messages=messages, response_format={"type": "json_object"})
    return json.loads(resp.choices[0].message.content)


@task()
async def search_kb(query: str) -> list[dict]:
    import requests

    return requests.get("https://kb.internal/api/search", params={"q": query, "k": 5}, timeout=15).json()["hits"]


@task()
async def reply_to_ticket(ticket_id: int, body: str) -> None:
    import requests

    requests.post(f"https://acme.zendesk.com/api/v2/tickets/{ticket_id}/comments", json={"body": body}, timeout=15)


@workflow
async def main(ticket_id: int, question: str):
    plan = await think([  # expect: WAC101
        {"role": "system", "content": "Return {\"query\": str} to search the knowledge base."},
        {"role": "user", "content": question},
    ])
    hits = await search_kb(plan["query"])
    answer = await think([  # expect: WAC101
        {"role": "system", "content": "Answer from these articles. Return {\"body\": str}."},
        {"role": "user", "content": json.dumps({"question": question, "articles": hits})},
    ])
    await reply_to_ticket(ticket_id, answer["body"])
    return {"answered": True}
