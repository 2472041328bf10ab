# The Python examples of the WAC guide (../shared/reference/wac-skill-guide.txt),
# assembled into one script as the guide writes them.
import asyncio

from wmill import (
    TaskError,
    get_resume_urls,
    parallel,
    sleep,
    step,
    task,
    task_flow,
    task_script,
    wait_for_approval,
    workflow,
)


@task()
async def process(x: str) -> str:
    return f"processed: {x}"


@task(timeout=600, tag="etl")
async def enrich(customer_id: str):
    return await fetch_customer(customer_id)


helper = task_script("./helper.py")
existing = task_script("f/data/extract", timeout=600)
pipeline = task_flow("f/etl/pipeline")


@workflow
async def main(x: str, items: list[str], data: dict):
    result = await process(x)
    value = await helper(input=x)
    output = await pipeline(input=data)
    urls = await step("get_urls", lambda: get_resume_urls())
    a, b = await asyncio.gather(process("a"), process("b"))
    many = await parallel(items, process, concurrency=5)
    await step("notify", lambda: send_approval_email(urls["approvalPage"]))
    approval = await wait_for_approval(timeout=3600)
    await sleep(60)
    try:
        extra = await existing(input=x)
    except TaskError:
        extra = None
    try:
        enriched = await enrich(x)
    except Exception:
        enriched = None
    return {"result": result, "value": value, "output": output, "many": many,
            "a": a, "b": b, "approval": approval, "extra": extra, "enriched": enriched}
