# SDK: wmill 1.850.0 the @task wrapper calls ctx._next_step(task_name, script, func, ..., **merged); a task parameter called `name` collides with _next_step's own: TypeError on every run
import json

from wmill import task, workflow


@task()
async def lookup_customer(name: str) -> list[dict]:  # expect: WAC301
    import requests

    return requests.get("https://crm.internal/api/customers", params={"name": name}, timeout=10).json()["results"]


@task(timeout=120)
async def pick_tool(question: str) -> dict:
    from openai import OpenAI

    resp = OpenAI().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        tools=[{"type": "function", "function": {"name": "lookup_customer", "parameters": {"type": "object", "properties": {"name": {"type": "string"}}}}}],
    )
    call = resp.choices[0].message.tool_calls[0]
    return {"tool": call.function.name, "args": json.loads(call.function.arguments)}


@workflow
async def main(question: str):
    choice = await pick_tool(question)
    customers = await lookup_customer(**choice["args"])
    return {"matches": len(customers)}
