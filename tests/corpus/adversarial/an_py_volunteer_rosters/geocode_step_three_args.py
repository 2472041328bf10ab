# SDK: wmill 1.850.0 client.py: `async def step(name: str, fn)` takes two arguments; step("geocode", geocode_address, v["address"]) raises TypeError (3 positional arguments) before anything is checkpointed
"""Place each new volunteer on the nearest food-bank site (written from asyncio.to_thread habits)."""

import httpx

from wmill import step, task, workflow

SITES = {"north": (52.41, 13.37), "south": (52.39, 13.40), "harbour": (52.50, 13.45)}


def geocode_address(address: str) -> list[float]:
    r = httpx.get("https://geocode.example/v1/search", params={"q": address, "limit": 1}, timeout=15)
    r.raise_for_status()
    hit = r.json()[0]
    return [float(hit["lat"]), float(hit["lon"])]


@task(timeout=60)
async def assign_site(volunteer_id: str, site: str) -> dict:
    async with httpx.AsyncClient() as http:
        r = await http.post("https://roster.foodbank.example/api/assignments", json={"volunteer": volunteer_id, "site": site})
        r.raise_for_status()
        return r.json()


def nearest(lat: float, lon: float) -> str:
    return min(SITES, key=lambda s: (SITES[s][0] - lat) ** 2 + (SITES[s][1] - lon) ** 2)


@workflow
async def main(volunteers: list[dict]):
    placed = []
    for v in volunteers:
        lat, lon = await step("geocode", geocode_address, v["address"])  # expect: WAC301
        placed.append(await assign_site(v["id"], nearest(lat, lon)))
    return {"placed": len(placed)}
