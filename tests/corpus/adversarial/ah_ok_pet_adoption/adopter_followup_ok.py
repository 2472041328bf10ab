# SDK: wmill 1.850.0 pure value objects built in the body from libraries that also do I/O elsewhere: httpx.URL(...).copy_with / join, requests.Request(...).prepare().url (nothing is sent), email.message.EmailMessage rendered with as_string(), jinja2.Template(...).render; the message goes out in a task
import logging
from email.message import EmailMessage

import httpx
import jinja2
import requests
from wmill import task, workflow

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("followup")

SURVEY = httpx.URL("https://survey.shelter.example/")
BODY = jinja2.Template("Hi {{ name }},\n\nHow is {{ pet }} settling in? Tell us here: {{ link }}\n\n— The adoption team")


@task()
async def adoptions_since(days: int) -> list[dict]:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get("https://ops.shelter.example/adoptions/recent", params={"days": days})
        return r.json()


@task()
async def send_mail(raw_message: str, to: str) -> bool:
    import smtplib

    with smtplib.SMTP("smtp.shelter.example", 587) as s:
        s.starttls()
        s.sendmail("adoptions@shelter.example", [to], raw_message)
    return True


@workflow
async def main(days: int = 30, campaign: str = "30day"):
    adoptions = await adoptions_since(days)
    sent = 0
    for a in adoptions:
        link = SURVEY.join(f"s/{campaign}").copy_with(params={"a": a["id"]})
        tracked = requests.Request("GET", "https://t.shelter.example/c", params={"u": str(link), "a": a["id"]}).prepare().url
        msg = EmailMessage()
        msg["From"] = "adoptions@shelter.example"
        msg["To"] = a["email"]
        msg["Subject"] = f"How is {a['pet']} doing?"
        msg.set_content(BODY.render(name=a["first_name"], pet=a["pet"], link=tracked))
        if await send_mail(msg.as_string(), a["email"]):
            sent += 1
    log.info("campaign %s: %d of %d sent", campaign, sent, len(adoptions))
    return {"sent": sent, "total": len(adoptions)}
