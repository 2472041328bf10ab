# SDK: wmill 1.850.0 client.py run_flow_async() starts a flow; inside a @task it runs once in that child job.
from wmill import run_flow_async, task, wait_for_approval, workflow


@task()
async def summarize(batch: str) -> dict:
    return {"batch": batch}


@task()
async def start_publish(batch: str) -> str:
    return run_flow_async("f/etl/publish_batch", args={"batch": batch})


@workflow
async def main(batch: str):
    summary = await summarize(batch)
    decision = await wait_for_approval(timeout=3600)
    if decision["approved"]:
        summary["publish_job"] = await start_publish(batch)
    return summary
