# SDK: wmill 1.850.0 task() merges keywords into the child job's args as given (an unknown keyword reaches geocode() and fails it); the body re-runs on every replay
from wmill import task, workflow

from f.common.http import post_json
from f.common.tasks import geocode, send_sms

ASSIGN_HOOK = "https://hooks.fieldops.example/assignments"


@task()
async def pick_technician(lat: float, lng: float, skills: list[str]) -> dict:
    # ranking runs in its own job
    from f.common.http import get_json

    roster = get_json(f"https://roster.fieldops.example/near?lat={lat}&lng={lng}")
    able = [t for t in roster["technicians"] if set(skills) <= set(t["skills"])]
    return able[0] if able else roster["technicians"][0]


@workflow
async def main(ticket_id: str, address: str, skills: list[str]):
    point = await geocode(address, region="EU")  # expect: WAC402
    tech = await pick_technician(point["lat"], point["lng"], skills)

    post_json(ASSIGN_HOOK, {"ticket": ticket_id, "technician": tech["id"]})  # expect: WAC101

    await send_sms(tech["phone"], f"New job {ticket_id} at {address}")
    return {"ticket_id": ticket_id, "technician": tech["id"]}
