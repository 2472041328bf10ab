# SDK: wmill 1.850.0 client.py: the runner only recognises _StepSuspend; `raise RuntimeError(...) from exc` turns every suspension into a failure of the workflow.
from wmill import task, workflow


@task()
async def import_catalog(feed_url: str) -> int:
    return 120


@workflow
async def main(feed_url: str):
    try:
        count = await import_catalog(feed_url)
    except BaseException as exc:  # expect: WAC201
        raise RuntimeError(f"catalog import failed for {feed_url}") from exc
    return {"imported": count}
