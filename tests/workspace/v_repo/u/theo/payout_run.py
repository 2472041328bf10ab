# SDK: wmill 1.850.0: the body reruns on every replay, so a helper reading the clock or the environment gives another value each round
import json

from wmill import workflow

from .payout_tasks import send_payout, sign_and_send
from .signing import signed_headers


@workflow
async def main(payouts: list[dict], presign: bool = True):
    results = []
    for payout in payouts:
        if presign:
            body = json.dumps({"account": payout["account"], "amount": payout["amount_cents"]})
            headers = signed_headers(body)  # expect: WAC102
            results.append(await send_payout(payout["account"], payout["amount_cents"], headers))
        else:
            results.append(await sign_and_send(payout["account"], payout["amount_cents"], "EUR"))  # expect: WAC402
    return {"sent": len(results), "results": results}
