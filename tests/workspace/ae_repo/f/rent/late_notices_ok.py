"""Late-rent notices, with the quiet step (no page for a labels step)."""

from ..platform.wac import logged_step, sleep, task, workflow
from .format import lease_label
from .tasks import compute_balance, fetch_lease

import requests

MAILER = "https://mailer.internal/send"


@task(timeout=60)
async def send_notice(email: str, label: str, round_no: int) -> bool:
    resp = requests.post(MAILER, json={"to": email, "template": f"late_{round_no}", "lease": label})
    return resp.ok


@workflow
async def main(lease_ids: list[str], pause_days: int = 3):
    owing = []
    for lease_id in lease_ids:
        if float(await compute_balance(lease_id)) > 0:
            owing.append(lease_id)

    labels = await logged_step(
        "labels", lambda: {lid: lid.upper() for lid in owing}, page_on_start=False
    )
    for lease_id in owing:
        lease = await fetch_lease(lease_id)
        await send_notice(lease["email"], lease_label(lease), 1)

    await sleep(pause_days * 86400)

    still = [lid for lid in owing if float(await compute_balance(lid)) > 0]
    for lease_id in still:
        lease = await fetch_lease(lease_id)
        await send_notice(lease["email"], labels[lease_id], 2)
    return {"first": len(owing), "second": len(still)}
