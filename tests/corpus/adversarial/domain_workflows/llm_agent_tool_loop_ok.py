# SDK: wmill 1.850.0 client.py: tasks are checkpointed by call order (_alloc_key: name, name_2, ...); the loop's bound comes from the input and each turn's branch from a task result, so every round replays the same keys.
import json
import logging
from typing import Literal, TypedDict

from wmill import TaskError, task, workflow

log = logging.getLogger("agent")

MAX_TURNS_CAP = 12


class Message(TypedDict):
    role: Literal["system", "user", "assistant", "tool"]
    content: str


TOOLS = [
    {"name": "search_orders", "description": "Find orders by email"},
    {"name": "refund_order", "description": "Refund an order by id"},
]


@task(timeout=120, retry={"attempts": 2, "delay": 5})
async def call_model(messages: list, tools: list, model: str) -> dict:
    import openai

    client = openai.OpenAI()
    resp = client.chat.completions.create(model=model, messages=messages, tools=tools)
    msg = resp.choices[0].message
    return {"content": msg.content or "", "tool_calls": [tc.model_dump() for tc in msg.tool_calls or []]}


@task(timeout=60)
async def search_orders(email: str) -> list:
    import httpx

    return httpx.get("https://shop.example.com/api/orders", params={"email": email}).json()


@task(timeout=60)
async def refund_order(order_id: str) -> dict:
    import httpx

    return httpx.post(f"https://shop.example.com/api/orders/{order_id}/refund").json()


async def run_tool(call: dict) -> str:
    args = json.loads(call["function"]["arguments"])
    name = call["function"]["name"]
    if name == "search_orders":
        return json.dumps(await search_orders(args["email"]))
    if name == "refund_order":
        return json.dumps(await refund_order(args["order_id"]))
    return json.dumps({"error": f"unknown tool {name}"})


@workflow
async def main(question: str, model: str = "gpt-4o-mini", max_turns: int = 6):
    messages: list[Message] = [
        {"role": "system", "content": "You are a support agent."},
        {"role": "user", "content": question},
    ]
    for turn in range(min(max_turns, MAX_TURNS_CAP)):
        reply = await call_model(messages, TOOLS, model)
        if not reply["tool_calls"]:
            return {"answer": reply["content"], "turns": turn + 1}
        messages.append({"role": "assistant", "content": reply["content"]})
        for call in reply["tool_calls"]:
            try:
                result = await run_tool(call)
            except TaskError as e:
                log.warning("tool %s failed: %s", call["function"]["name"], e)
                result = json.dumps({"error": str(e)})
            messages.append({"role": "tool", "content": result})
    return {"answer": None, "turns": max_turns, "stopped": "max_turns"}
