# SDK: wmill 1.850.0 client.py: the `finally` runs on the way out of every suspension, so the step in it runs (and is checkpointed) before the report task has even been dispatched (WAC203).
import logging

from wmill import step, task, workflow

log = logging.getLogger("reports")


@task(timeout=1800)
async def build_report(account: str, month: str) -> str:
    return "s3://reports/x.pdf"


@task()
async def email_report(account: str, url: str) -> bool:
    return True


def release_lock(account: str) -> bool:
    log.info("release %s", account)
    return True


@workflow
async def main(account: str, month: str):
    try:
        url = await build_report(account, month)
        await email_report(account, url)
    finally:
        await step("release_lock", lambda: release_lock(account))  # expect: WAC203
    return {"account": account, "month": month}
