# SDK: wmill 1.850.0 client.py _sleep raises _StepSuspend at once (or returns once recorded), so asyncio.wait_for never times it out; the durable sleep's own length is what applies.
import asyncio

from wmill import sleep, task, workflow


@task()
async def check_payment(invoice_id: str) -> bool:
    return False


@workflow
async def main(invoice_id: str):
    try:
        await asyncio.wait_for(sleep(86400), timeout=3600)
    except asyncio.TimeoutError:  # expect: WAC204
        pass
    return await check_payment(invoice_id)
