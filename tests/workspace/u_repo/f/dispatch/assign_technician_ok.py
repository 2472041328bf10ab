# SDK: wmill 1.850.0 step(name, fn) runs fn once and replays its checkpointed JSON; task() keywords must be the function's parameters
from wmill import step, task, workflow

from f.common.http import build_headers, post_json
from f.common.tasks import geocode, send_sms

ASSIGN_HOOK = "https://hooks.fieldops.example/assignments"


@task()
async def pick_technician(lat: float, lng: float, skills: list[str]) -> dict:
    from f.common.http import get_json

    roster = get_json(f"https://roster.fieldops.example/near?lat={lat}&lng={lng}")
    able = [t for t in roster["technicians"] if set(skills) <= set(t["skills"])]
    return able[0] if able else roster["technicians"][0]


@workflow
async def main(ticket_id: str, address: str, skills: list[str], country: str = "US"):
    point = await geocode(address, country=country)
    tech = await pick_technician(point["lat"], point["lng"], skills)

    # pure: builds a dict, no I/O
    headers = build_headers("redacted", idempotency_key=ticket_id)
    await step(
        "post_assignment",
        lambda: post_json(ASSIGN_HOOK, {"ticket": ticket_id, "technician": tech["id"], "h": len(headers)}),
    )

    await send_sms(phone=tech["phone"], body=f"New job {ticket_id} at {address}")
    return {"ticket_id": ticket_id, "technician": tech["id"]}
