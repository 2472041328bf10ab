# SDK: wmill 1.850.0 get_resource/get_variable/set_state are client HTTP calls: run them inside a task or step() so they run once and are checkpointed
import wmill
from wmill import task, step, workflow


@task()
async def pull_overdue(clinic: str) -> list[dict]:
    import requests

    twilio = wmill.get_resource("f/vet/twilio")
    r = requests.get(
        f"https://pms.example/api/{clinic}/overdue",
        auth=(twilio["account_sid"], twilio["auth_token"]),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@task()
async def text_owner(phone: str, body: str) -> str:
    from twilio.rest import Client

    twilio = wmill.get_resource("f/vet/twilio")
    msg = Client(twilio["account_sid"], twilio["auth_token"]).messages.create(
        to=phone, from_=twilio["from"], body=body
    )
    return msg.sid


@task()
async def remember_run(clinic: str, count: int) -> dict:
    state = {"last_clinic": clinic, "count": count}
    wmill.set_state(state)
    return state


@workflow
async def main(clinic: str = "north"):
    signature = await step("signature", lambda: wmill.get_variable("f/vet/sms_signature"))

    overdue = await pull_overdue(clinic)
    for appt in overdue:
        await text_owner(appt["phone"], f"{appt['pet']} is overdue. {signature}")

    await remember_run(clinic, len(overdue))
    return {"clinic": clinic, "texted": len(overdue)}
