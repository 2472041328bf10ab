# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; backoff 2.2's `except exception` with Exception lets the suspension through, and a failed task (TaskError) is retried under a new key, the same in every replay.
import backoff

from wmill import task, workflow


@task(timeout=60)
async def lookup_vat(country: str, vat_id: str) -> dict:
    return {"valid": True, "vat_id": vat_id}


@backoff.on_exception(backoff.expo, Exception, max_tries=3)
async def check_vat(country: str, vat_id: str) -> dict:
    return await lookup_vat(country, vat_id)


@workflow
async def main(country: str, vat_id: str):
    result = await check_vat(country, vat_id)
    return {"vat_ok": result["valid"]}
