from wmill import task_script, workflow

jobs = task_script("f/pr/targets/jobs")
cleanup = task_script("f/pr/targets/jobs/cleanup")


@workflow
async def main(queue: str):
    queued = await jobs(older_than_days=30)  # expect: WAC402
    cleaned = await cleanup(queue=queue)  # expect: WAC402
    return [queued, cleaned]
