# SDK: wmill 1.850.0 client.py sleep(seconds) suspends durably; time.sleep in the @workflow body holds the worker and sleeps again on each replay.
import time

from wmill import task, workflow


@task()
async def check_certificate(domain: str) -> int:
    return 30


@workflow
async def main(domains: list[str]):
    expiring = []
    for domain in domains:
        days = await check_certificate(domain)
        if days < 14:
            expiring.append(domain)
        time.sleep(2)  # expect: WAC101
    return expiring
