# SDK: wmill 1.850.0 client.py a @task runs once as its own job; sentry_sdk.init at import only configures the client, and the event is sent from the task.
import sentry_sdk
from wmill import task, workflow

sentry_sdk.init(dsn="https://key@o0.ingest.sentry.io/0", traces_sample_rate=0.0)


@task()
async def migrate(tenant: str) -> dict:
    return {"tenant": tenant, "skipped": 3}


@task()
async def report_skipped(tenant: str, skipped: int) -> None:
    sentry_sdk.capture_message(f"{tenant}: {skipped} rows skipped")


@workflow
async def main(tenant: str):
    result = await migrate(tenant)
    if result["skipped"]:
        await report_skipped(tenant, result["skipped"])
    return result
