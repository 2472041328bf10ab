# SDK: wmill 1.850.0 client.py run_flow_async() POSTs jobs/run/f/<path>: a new flow run per replay of the body.
from wmill import run_flow_async, task, wait_for_approval, workflow


@task()
async def summarize(batch: str) -> dict:
    return {"batch": batch}


@workflow
async def main(batch: str):
    summary = await summarize(batch)
    decision = await wait_for_approval(timeout=3600)
    if decision["approved"]:
        run_flow_async("f/etl/publish_batch", args={"batch": batch})  # expect: WAC101
    return summary
