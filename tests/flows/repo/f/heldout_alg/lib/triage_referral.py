from wmill import task, workflow, wait_for_approval


@task()
async def load_referral(referral_id: str) -> dict:
    import wmill
    import requests

    ehr = wmill.get_resource("f/clinic/ehr_api")
    resp = requests.get(f"{ehr['url']}/referrals/{referral_id}", timeout=20)
    resp.raise_for_status()
    return resp.json()


@task()
async def schedule_visit(referral_id: str, urgency: str, clinic: str) -> dict:
    import wmill
    import requests

    booking = wmill.get_resource("f/clinic/booking_api")
    resp = requests.post(
        f"{booking['url']}/visits",
        json={"referral": referral_id, "urgency": urgency, "clinic": clinic},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(referral_id: str, clinic: str, urgent_after_days: int = 3):
    referral = await load_referral(referral_id)
    urgency = "urgent" if referral["waiting_days"] > urgent_after_days else "routine"
    if urgency == "urgent":
        await wait_for_approval(timeout=3600)
    visit = await schedule_visit(referral_id, urgency, clinic)
    return {"referral_id": referral_id, "urgency": urgency, "visit_id": visit["id"]}
