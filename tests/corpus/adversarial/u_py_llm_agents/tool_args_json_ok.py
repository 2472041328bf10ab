# SDK: wmill 1.850.0 task results round-trip through JSON; the tool arguments come back as the model's JSON string and are parsed in the body, which is pure
import json

from wmill import task, workflow


@task(timeout=120)
async def extract_fields(document: str) -> dict:
    from openai import OpenAI

    resp = OpenAI().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Extract vendor, total and due date:\n{document}"}],
        tools=[{"type": "function", "function": {"name": "record", "parameters": {"type": "object"}}}],
        tool_choice={"type": "function", "function": {"name": "record"}},
    )
    call = resp.choices[0].message.tool_calls[0]
    return {"name": call.function.name, "arguments": call.function.arguments}


@task()
async def create_bill(vendor: str, total: float, due: str) -> str:
    import requests

    return requests.post("https://api.bill.com/v3/bills", json={"vendor": vendor, "amount": total, "dueDate": due}, timeout=20).json()["id"]


@workflow
async def main(document: str):
    call = await extract_fields(document)
    fields = json.loads(call["arguments"])
    vendor = fields.get("vendor", "").strip() or "unknown"
    total = round(float(fields.get("total", 0)), 2)
    if total <= 0:
        return {"bill": None, "reason": "no total"}
    return {"bill": await create_bill(vendor, total, fields.get("due_date", ""))}
