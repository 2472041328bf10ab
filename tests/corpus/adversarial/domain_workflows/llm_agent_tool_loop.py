# SDK: wmill 1.850.0 client.py: the body reruns in every round; the model is called from the body (a new completion per round, so replayed tool calls can disagree), and the tool dispatcher's bare except swallows _StepSuspend (a BaseException).
import json
from typing import TypedDict

from openai import OpenAI
from wmill import task, workflow

client = OpenAI()


class Message(TypedDict):
    role: str
    content: str


TOOLS = [
    {"type": "function", "function": {"name": "lookup_invoice", "parameters": {"type": "object"}}},
    {"type": "function", "function": {"name": "send_reminder", "parameters": {"type": "object"}}},
]


@task(timeout=60)
async def lookup_invoice(invoice_id: str) -> dict:
    import httpx

    return httpx.get(f"https://billing.example.com/invoices/{invoice_id}").json()


@task(timeout=60)
async def send_reminder(invoice_id: str, email: str) -> bool:
    import httpx

    return httpx.post(f"https://billing.example.com/invoices/{invoice_id}/remind", json={"to": email}).is_success


async def dispatch(call: dict) -> str:
    args = json.loads(call["function"]["arguments"])
    try:
        if call["function"]["name"] == "lookup_invoice":
            return json.dumps(await lookup_invoice(args["invoice_id"]))
        return json.dumps(await send_reminder(args["invoice_id"], args["email"]))
    except:  # noqa: E722
        return json.dumps({"error": "tool failed"})


@workflow
async def main(request: str, model: str = "gpt-4o-mini", max_turns: int = 5):
    messages: list[Message] = [{"role": "user", "content": request}]
    for _ in range(max_turns):
        resp = client.chat.completions.create(model=model, messages=messages, tools=TOOLS)  # expect: WAC101
        msg = resp.choices[0].message
        if not msg.tool_calls:
            return msg.content
        for call in msg.tool_calls:
            out = await dispatch(call.model_dump())  # expect: WAC201
            messages.append({"role": "tool", "content": out})
    return "gave up"
