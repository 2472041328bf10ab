# SDK: wmill 1.850.0 task results cross JSON: a dict keyed by text (str(n)) or a list comes back the same, so the body looks the choice up as a string
from wmill import task, wait_for_approval, step, get_resume_urls, workflow

PMS = "https://pms.happytails.example/api"


@task()
async def open_surgery_slots(clinic: str, procedure: str) -> dict:
    import requests

    r = requests.get(f"{PMS}/{clinic}/surgery/slots", params={"procedure": procedure}, timeout=20)
    r.raise_for_status()
    slots = sorted(r.json()["slots"], key=lambda s: s["start"])
    # numbered for the owner's reply form ("reply 1, 2 or 3")
    return {str(n): slot for n, slot in enumerate(slots[:3], 1)}


@task()
async def offer_slots(owner_email: str, offered: dict, approval_page: str) -> bool:
    import requests

    lines = [f"{n}. {slot['start']} with Dr. {slot['vet']}" for n, slot in offered.items()]
    r = requests.post(
        f"{PMS}/mail",
        json={"to": owner_email, "body": "\n".join(lines) + f"\nChoose here: {approval_page}"},
        timeout=20,
    )
    return r.ok


@task()
async def book(clinic: str, patient_id: str, slot: dict) -> str:
    import requests

    r = requests.post(f"{PMS}/{clinic}/surgery/bookings", json={"patient": patient_id, "slot": slot}, timeout=20)
    return r.json()["booking_id"]


@workflow
async def main(clinic: str, patient_id: str, owner_email: str, procedure: str = "dental"):
    offered = await open_surgery_slots(clinic, procedure)
    if not offered:
        return {"booked": None}
    urls = await step("urls", lambda: get_resume_urls())
    await offer_slots(owner_email, offered, urls["approvalPage"])
    reply = await wait_for_approval(timeout=86400, form={"choice": {"type": "integer"}})
    choice = int(reply["value"].get("choice", 1))
    booking = await book(clinic, patient_id, offered[str(choice)])
    return {"booked": booking}
