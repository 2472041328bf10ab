# SDK: wmill 1.850.0 client.py — step(name, fn) keys the checkpoint by name via _alloc_key; the guide asks for literal, stable step names
from wmill import step, task, workflow


def geocode(city: str) -> dict:
    import httpx

    return httpx.get("https://geo.example.com/v1/search", params={"q": city}).json()[0]


@task()
async def plan_route(stops: dict) -> dict:
    return {"order": sorted(stops, key=lambda c: stops[c]["lon"])}


@workflow
async def main(cities: list[str]):
    stops = {c: await step(f"geocode_{c}", lambda c=c: geocode(c)) for c in cities}  # expect: WAC103
    return await plan_route(stops)
