# SDK: wmill 1.850.0 every model turn and tool call is a @task (its result replayed from the checkpoint); the message list is rebuilt by the body from those results each round
import json

from wmill import task, workflow

MAX_TURNS = 8
SYSTEM = "You are a billing support agent. Use the tools to answer."
TOOL_SPECS = [
    {"type": "function", "function": {"name": "get_invoice", "parameters": {"type": "object", "properties": {"invoice_id": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "refund", "parameters": {"type": "object", "properties": {"invoice_id": {"type": "string"}, "amount": {"type": "number"}}}}},
]


@task(timeout=120)
async def llm_turn(messages: list[dict]) -> dict:
    from openai import OpenAI

    resp = OpenAI().chat.completions.create(model="gpt-4o-mini", messages=messages, tools=TOOL_SPECS)
    return resp.choices[0].message.model_dump(mode="json", exclude_none=True)


@task()
async def get_invoice(invoice_id: str) -> dict:
    import stripe

    inv = stripe.Invoice.retrieve(invoice_id)
    return {"id": inv["id"], "total": inv["total"], "status": inv["status"]}


@task()
async def refund(invoice_id: str, amount: float) -> dict:
    import stripe

    inv = stripe.Invoice.retrieve(invoice_id)
    r = stripe.Refund.create(payment_intent=inv["payment_intent"], amount=int(amount * 100))
    return {"refund": r["id"], "status": r["status"]}


TOOLS = {"get_invoice": get_invoice, "refund": refund}


@workflow
async def main(question: str):
    messages: list[dict] = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}]
    for _ in range(MAX_TURNS):
        reply = await llm_turn(messages)
        messages.append(reply)
        calls = reply.get("tool_calls") or []
        if not calls:
            return {"answer": reply.get("content"), "turns": len(messages)}
        for call in calls:
            fn = TOOLS[call["function"]["name"]]
            result = await fn(**json.loads(call["function"]["arguments"]))
            messages.append({"role": "tool", "tool_call_id": call["id"], "content": json.dumps(result)})
    return {"answer": None, "turns": len(messages)}
