# SDK: wmill 1.850.0 client.py: step's parameters are named `name` and `fn`, so step(name=..., fn=...) is the same call; sleep's is `seconds`; wait_for_approval takes timeout and form positionally (timeout=1800, form=None, ...)
"""Place new volunteers on the nearest site, with the coordinator approving the batch first."""

import httpx

from wmill import sleep, step, task, wait_for_approval, workflow

SITES = {"north": (52.41, 13.37), "south": (52.39, 13.40), "harbour": (52.50, 13.45)}

FORM = {"type": "object", "properties": {"note": {"type": "string"}}}


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
    plan = []
    for v in volunteers:
        address = v["address"]
        lat, lon = await step(name="geocode", fn=lambda: geocode_address(address))
        plan.append({"volunteer": v["id"], "site": nearest(lat, lon)})
    decision = await wait_for_approval(86400, FORM)
    if not decision["approved"]:
        return {"placed": 0, "note": decision["value"].get("note")}
    await sleep(seconds=600)
    placed = [await assign_site(p["volunteer"], p["site"]) for p in plan]
    return {"placed": len(placed)}
