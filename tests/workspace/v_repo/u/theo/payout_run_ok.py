# SDK: wmill 1.850.0: signing (clock + secret) happens inside the task; the body only dispatches
from wmill import step, workflow

from .payout_tasks import sign_and_send
from .signing import hmac_sign


@workflow
async def main(payouts: list[dict], batch_label: str = "daily"):
    results = []
    for payout in payouts:
        results.append(await sign_and_send(payout["account"], payout["amount_cents"]))
    digest = hmac_sign(batch_label, ",".join(p["account"] for p in payouts), len(payouts))
    return await step("summary", lambda: {"sent": len(results), "digest": digest})
