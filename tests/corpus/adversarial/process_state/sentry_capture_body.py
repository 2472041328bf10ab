# SDK: wmill 1.850.0 client.py replays the body; sentry_sdk.capture_message sends an event to Sentry, once per replay.
import sentry_sdk
from wmill import task, workflow

sentry_sdk.init(dsn="https://key@o0.ingest.sentry.io/0", traces_sample_rate=0.0)


@task()
async def migrate(tenant: str) -> dict:
    return {"tenant": tenant, "skipped": 3}


@workflow
async def main(tenant: str):
    result = await migrate(tenant)
    if result["skipped"]:
        sentry_sdk.capture_message(f"{tenant}: {result['skipped']} rows skipped")  # expect: WAC101
    return result
