from wmill import task_script, workflow

jobs = task_script("f/pr/targets/jobs")
cleanup = task_script("f/pr/targets/jobs/cleanup")


@workflow
async def main(queue: str):
    queued = await jobs(queue=queue, limit=5)
    cleaned = await cleanup(older_than_days=30, dry_run=False)
    return [queued, cleaned]
