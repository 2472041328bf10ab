# MISTAKE: tasks declared with a plain `def`. The SDK tolerates it, but the
# guide asks for `async def` tasks, and Windmill's WAC parser does not draw
# calls to them.
from wmill import task, workflow
import requests


@task
def normalize_address(address: dict) -> dict:  # expect: WAC004
    return {k: (v.strip().upper() if isinstance(v, str) else v) for k, v in address.items()}


@task(timeout=60, tag="geo")
def geocode(address: dict) -> dict:  # expect: WAC004
    resp = requests.get("https://geocoder.example/v1/search", params=address, timeout=30)
    return resp.json()["results"][0]


@task()
async def save_location(customer_id: str, location: dict):
    requests.put(f"https://crm.example/api/customers/{customer_id}/location", json=location, timeout=30)


@workflow
async def main(customer_id: str, address: dict):
    clean = await normalize_address(address)
    location = await geocode(clean)
    await save_location(customer_id, location)
    return {"lat": location["lat"], "lng": location["lng"]}
