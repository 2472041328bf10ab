# SDK: wmill 1.850.0 a task's result is encoded with `default=str`: the PNG from `BytesIO.getvalue()` comes back as the text "b'\x89PNG...'"; `secrets.token_urlsafe` in the body draws another confirmation code on each replay
"""Generate the eSIM activation QR and email it to the customer, written by an agent from the WAC guide."""

from __future__ import annotations

import base64
import io
import logging
import secrets

from wmill import task, workflow

log = logging.getLogger("esim.qr")


@task(timeout=300)
async def activation_code(iccid: str) -> str:
    import requests

    r = requests.get(f"https://smdp.carrier.example/codes/{iccid}", timeout=60)
    r.raise_for_status()
    return r.json()["lpa"]


@task(timeout=120)
async def render_qr(lpa: str, confirmation: str) -> dict:
    import qrcode

    img = qrcode.make(f"{lpa}${confirmation}")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return {"lpa": lpa, "png": buf.getvalue()}  # expect: WAC107


@task(timeout=120)
async def email_customer(email: str, png_b64: str, confirmation: str) -> None:
    import requests

    requests.post(
        "https://api.mailer.example/send",
        json={"to": email, "template": "esim-ready", "attachments": [{"name": "esim.png", "b64": png_b64}], "vars": {"code": confirmation}},
        timeout=60,
    ).raise_for_status()


@workflow
async def main(iccid: str, email: str):
    lpa = await activation_code(iccid)
    confirmation = secrets.token_urlsafe(6)  # expect: WAC102
    qr = await render_qr(lpa, confirmation)
    await email_customer(email, base64.b64encode(qr["png"]).decode(), confirmation)
    log.info("QR sent for %s", iccid)
    return {"iccid": iccid, "sent_to": email}
