# SDK: wmill 1.850.0 client.py: a @task picked from a table and awaited dispatches through WorkflowCtx._next_step under its own name; the model's choices come from plan_next's checkpoint, so every round picks the same tools in the same order
"""Conflict-of-interest check driven by a tool-calling loop; every tool is a task."""

import json

import httpx

from wmill import task, workflow

REGISTRY = "https://registry.lawfirm.example"


@task(timeout=30)
async def lookup_party(party_name: str) -> dict:
    async with httpx.AsyncClient() as http:
        r = await http.get(f"{REGISTRY}/parties", params={"q": party_name})
        r.raise_for_status()
        return r.json()


@task(timeout=30)
async def lookup_matters(party_id: str) -> dict:
    async with httpx.AsyncClient() as http:
        r = await http.get(f"{REGISTRY}/parties/{party_id}/matters")
        r.raise_for_status()
        return r.json()


TOOLS = {fn.__name__: fn for fn in (lookup_party, lookup_matters)}

TOOL_SPECS = [
    {"type": "function", "function": {"name": "lookup_party", "parameters": {"type": "object", "properties": {"party_name": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "lookup_matters", "parameters": {"type": "object", "properties": {"party_id": {"type": "string"}}}}},
]


@task(timeout=90)
async def plan_next(messages: list[dict]) -> dict:
    from openai import AsyncOpenAI

    resp = await AsyncOpenAI().chat.completions.create(model="gpt-4o", messages=messages, tools=TOOL_SPECS)
    return resp.choices[0].message.model_dump()


@workflow
async def main(new_client: str, opposing_parties: list[str]):
    messages = [
        {"role": "system", "content": "Find any existing matter where we act against the new client."},
        {"role": "user", "content": json.dumps({"client": new_client, "opposing": opposing_parties})},
    ]
    for _ in range(6):
        reply = await plan_next(messages)
        messages.append(reply)
        calls = reply.get("tool_calls") or []
        if not calls:
            return {"verdict": reply["content"]}
        for call in calls:
            args = json.loads(call["function"]["arguments"])
            result = await TOOLS[call["function"]["name"]](**args)
            messages.append({"role": "tool", "tool_call_id": call["id"], "content": json.dumps(result)})
    return {"verdict": "undecided"}
