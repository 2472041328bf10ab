# SDK: wmill 1.850.0 client.py replays the body; a StreamHandler only writes to stdout, so repeated error logs are just repeated lines.
import logging
import sys

from wmill import task, workflow

log = logging.getLogger("billing")
console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.ERROR)
log.addHandler(console)


@task()
async def charge(invoice_id: str) -> dict:
    return {"ok": False, "invoice_id": invoice_id}


@workflow
async def main(invoice_id: str):
    result = await charge(invoice_id)
    if not result["ok"]:
        log.error("charge failed for %s", invoice_id)
    return result
