# SDK: wmill 1.850.0 client.py: only @task functions are dispatched as checkpointed steps; a plain function the body calls runs in the body, again in every round after each plan_next() suspension
"""Conflict-of-interest check driven by a tool-calling loop.

The model (in a task) picks which registry to query; the tools were plain functions in
the notebook prototype and were registered with a comprehension.
"""

import json

import httpx

from wmill import task, workflow

REGISTRY = "https://registry.lawfirm.example"


def lookup_party(party_name: str) -> dict:
    r = httpx.get(f"{REGISTRY}/parties", params={"q": party_name}, timeout=20)
    r.raise_for_status()
    return r.json()


def lookup_matters(party_id: str) -> dict:
    r = httpx.get(f"{REGISTRY}/parties/{party_id}/matters", timeout=20)
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
            result = TOOLS[call["function"]["name"]](**args)  # expect: WAC101
            messages.append({"role": "tool", "tool_call_id": call["id"], "content": json.dumps(result)})
    return {"verdict": "undecided"}
