from wmill import task, workflow

from f.lib.dry_client import DryRunClient
from f.lib.http_client import HttpClient


@task()
async def deliver(base: str, order_id: str) -> dict:
    return HttpClient(base).send({"order": order_id})


@workflow
async def main(base: str, order_id: str):
    preview = DryRunClient(base).send({"order": order_id})
    sent = await deliver(base, order_id)
    return {"preview": preview, "sent": sent}
