# SDK: wmill 1.850.0 asyncio.gather of @task calls dispatches them together (mode "parallel"); the tools are tasks picked from a dict by the model's checkpointed answer
import asyncio
import json

from wmill import task, workflow


@task()
async def weather(city: str) -> dict:
    import requests

    return requests.get("https://api.open-meteo.com/v1/forecast", params={"city": city, "current": "temperature_2m"}, timeout=10).json()


@task()
async def flights(origin: str, dest: str) -> list[dict]:
    import requests

    return requests.get("https://flights.internal/api/search", params={"from": origin, "to": dest}, timeout=20).json()["offers"][:3]


@task(timeout=120)
async def plan_calls(request: str) -> list[dict]:
    from openai import OpenAI

    resp = OpenAI().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": request}],
        tools=[{"type": "function", "function": {"name": n, "parameters": {"type": "object"}}} for n in ("weather", "flights")],
    )
    return [{"name": c.function.name, "args": json.loads(c.function.arguments)} for c in resp.choices[0].message.tool_calls or []]


@task(timeout=120)
async def summarize(request: str, results: list) -> str:
    from openai import OpenAI

    resp = OpenAI().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"{request}\n\nTool results: {json.dumps(results)}"}],
    )
    return resp.choices[0].message.content


TOOLS = {"weather": weather, "flights": flights}


@workflow
async def main(request: str):
    calls = await plan_calls(request)
    results = await asyncio.gather(*(TOOLS[c["name"]](**c["args"]) for c in calls if c["name"] in TOOLS))
    return {"answer": await summarize(request, list(results))}
