# SDK: wmill 1.850.0 client.py replays the body; a logging.handlers.SMTPHandler on the logger sends an e-mail for each error record, so the log call mails on every replay.
import logging
import logging.handlers

from wmill import task, workflow

log = logging.getLogger("billing")
mailer = logging.handlers.SMTPHandler(
    mailhost=("smtp.example.com", 587),
    fromaddr="wac@example.com",
    toaddrs=["oncall@example.com"],
    subject="billing workflow",
)
mailer.setLevel(logging.ERROR)
log.addHandler(mailer)


@task()
async def charge(invoice_id: str) -> dict:
    return {"ok": False, "invoice_id": invoice_id}


@workflow
async def main(invoice_id: str):
    result = await charge(invoice_id)
    if not result["ok"]:
        log.error("charge failed for %s", invoice_id)  # expect: WAC101
    return result
