"""Tasks shared by every dispatch workflow."""

from wmill import task

from f.common.http import get_json, post_json


@task(timeout=120, retry={"attempts": 2, "delay": 10})
async def geocode(address: str, country: str = "US") -> dict:
    data = get_json(f"https://geo.fieldops.example/v1/search?q={address}&country={country}")
    first = data["results"][0]
    return {"lat": first["lat"], "lng": first["lng"]}


@task(tag="sms")
async def send_sms(phone: str, body: str) -> str:
    receipt = post_json("https://sms.fieldops.example/v2/messages", {"to": phone, "body": body})
    return receipt["id"]


@task()
async def plan_route(stops: list[dict], depot: dict) -> list[dict]:
    ordered = sorted(stops, key=lambda s: (s["lat"] - depot["lat"]) ** 2 + (s["lng"] - depot["lng"]) ** 2)
    return ordered
