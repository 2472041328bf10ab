# 14-day trial nurture: check usage on day 3, 7 and 12 and send the email that
# fits; stop as soon as the user converts.
from wmill import task, workflow, sleep
import requests

DAY = 24 * 3600


@task()
async def get_usage(user_id: str) -> dict:
    return requests.get(f"https://app.example/internal/users/{user_id}/usage", timeout=30).json()


@task()
async def send_nurture_email(user_id: str, template: str):
    requests.post("https://mail.example/send", json={"user_id": user_id, "template": template}, timeout=30)


@workflow
async def main(user_id: str):
    await sleep(3 * DAY)
    usage = await get_usage(user_id)
    if usage["plan"] != "trial":
        return {"converted_on_day": 3}
    await send_nurture_email(user_id, "tips_active" if usage["projects"] > 0 else "tips_first_project")

    await sleep(4 * DAY)
    usage = await get_usage(user_id)
    if usage["plan"] != "trial":
        return {"converted_on_day": 7}
    await send_nurture_email(user_id, "case_studies")

    await sleep(5 * DAY)
    usage = await get_usage(user_id)
    if usage["plan"] != "trial":
        return {"converted_on_day": 12}
    await send_nurture_email(user_id, "trial_ending_offer")
    return {"converted_on_day": None}
