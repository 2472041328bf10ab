# SDK: wmill 1.850.0 set_state/get_variable/set_progress/get_resource are HTTP calls on the Windmill client (client.py set_state -> POST resources, set_progress -> POST flow progress); none is checkpointed
import wmill
from wmill import task, step, workflow


@task()
async def pull_overdue(clinic: str, twilio: dict) -> list[dict]:
    import requests

    r = requests.get(
        f"https://pms.example/api/{clinic}/overdue",
        auth=(twilio["account_sid"], twilio["auth_token"]),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@task()
async def text_owner(phone: str, body: str, twilio: dict) -> str:
    from twilio.rest import Client

    msg = Client(twilio["account_sid"], twilio["auth_token"]).messages.create(
        to=phone, from_=twilio["from"], body=body
    )
    return msg.sid


@workflow
async def main(clinic: str = "north"):
    twilio = wmill.get_resource("f/vet/twilio")  # expect: WAC101
    signature = wmill.get_variable("f/vet/sms_signature")  # expect: WAC101

    overdue = await pull_overdue(clinic, twilio)
    for i, appt in enumerate(overdue):
        await text_owner(appt["phone"], f"{appt['pet']} is overdue. {signature}", twilio)
        wmill.set_progress(int(100 * (i + 1) / max(len(overdue), 1)))  # expect: WAC101

    wmill.set_state({"last_clinic": clinic, "count": len(overdue)})  # expect: WAC101
    return {"clinic": clinic, "texted": len(overdue)}
