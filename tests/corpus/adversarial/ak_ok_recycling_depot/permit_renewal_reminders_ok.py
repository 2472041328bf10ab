# SDK: wmill 1.850.0: dates parsed from inputs and compared with a date read once in a step; sleep between reminders; print of a clock value reaches only the log
import logging
from datetime import date, datetime, timezone

from wmill import sleep, step, task, workflow

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("permits")

REMINDER_OFFSETS = [90, 30, 7]


@task()
async def remind(permit_no: str, days_left: int, owner_email: str) -> None:
    import requests

    requests.post(
        "https://mail.example-depot.org/send",
        json={"to": owner_email, "template": "permit-expiry", "permit": permit_no, "days_left": days_left},
        timeout=20,
    ).raise_for_status()


@task()
async def open_renewal(permit_no: str) -> str:
    import requests

    r = requests.post(f"https://permits.example.gov/api/permits/{permit_no}/renewals", timeout=30)
    r.raise_for_status()
    return r.json()["case"]


@workflow
async def main(permit_no: str, expires_on: str, owner_email: str):
    log.info("round started at %s", datetime.now(timezone.utc).isoformat())
    expiry = date.fromisoformat(expires_on)
    today = date.fromisoformat(await step("today", lambda: date.today().isoformat()))
    sent = []
    elapsed = 0
    for offset in REMINDER_OFFSETS:
        days_left = (expiry - today).days - elapsed
        wait_days = days_left - offset
        if wait_days < 0:
            continue
        await sleep(wait_days * 86400)
        elapsed += wait_days
        await remind(permit_no, offset, owner_email)
        sent.append(offset)
    case = await open_renewal(permit_no)
    return {"reminders": sent, "case": case}
