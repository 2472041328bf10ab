# SDK: wmill 1.850.0 client.py: a failed task raises `TaskError` (rebuilt by `_task_error_from_marker`), whose `result["error"]["name"]` keeps the original class name; `except Exception` lets the BaseException suspension through.
import logging
from typing import Literal

from wmill import TaskError, task, workflow

log = logging.getLogger("payouts")


class PayoutRejected(Exception):
    pass


@task(timeout=120, retry={"attempts": 2, "delay": 30})
async def send_payout(vendor_id: str, cents: int, rail: str) -> str:
    if cents <= 0:
        raise PayoutRejected(vendor_id)
    return "po_1"


@task()
async def flag_for_review(vendor_id: str, reason: str) -> bool:
    return True


@workflow
async def main(payouts: list[dict], rail: Literal["ach", "sepa", "wire"] = "ach"):
    sent, flagged = [], []
    for p in payouts:
        try:
            sent.append(await send_payout(p["vendor_id"], p["cents"], rail))
        except TaskError as err:
            name = (err.result or {}).get("error", {}).get("name")
            if name != "PayoutRejected":
                raise
            await flag_for_review(p["vendor_id"], "rejected")
            flagged.append(p["vendor_id"])
        except Exception:
            log.exception("unexpected failure for %s", p["vendor_id"])
            raise
    log.info("sent=%d flagged=%d", len(sent), len(flagged))
    return {"sent": sent, "flagged": flagged}
