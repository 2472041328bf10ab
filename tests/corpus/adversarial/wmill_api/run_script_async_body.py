# SDK: wmill 1.850.0 client.py run_script_by_path_async() POSTs jobs/run/p/<path> and returns a new job id: every replay starts another job.
import wmill
from wmill import sleep, task, workflow


@task()
async def record(job_id: str) -> str:
    return job_id


@workflow
async def main(report_day: str):
    job_id = wmill.run_script_by_path_async("f/reports/build", args={"day": report_day})  # expect: WAC101
    await sleep(600)
    return await record(job_id)
