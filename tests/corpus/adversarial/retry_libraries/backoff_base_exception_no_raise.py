# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; backoff 2.2 catches `except exception` with exception=BaseException, retries the suspension under new keys and with raise_on_giveup=False returns None, so the body goes on without the task's result.
import backoff

from wmill import task, workflow


@task(timeout=60)
async def lookup_vat(country: str, vat_id: str) -> dict:
    return {"valid": True, "vat_id": vat_id}


@backoff.on_exception(backoff.expo, BaseException, max_tries=3, raise_on_giveup=False)
async def check_vat(country: str, vat_id: str) -> dict:
    return await lookup_vat(country, vat_id)


@workflow
async def main(country: str, vat_id: str):
    result = await check_vat(country, vat_id)  # expect: WAC201
    return {"vat_ok": bool(result and result["valid"])}
