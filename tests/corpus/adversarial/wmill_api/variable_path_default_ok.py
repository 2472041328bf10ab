# SDK: wmill 1.850.0 client.py get_variable() is an HTTP GET; here only the path is a default and the read happens inside the task's job.
import wmill
from wmill import task, workflow


@task()
async def post_digest(webhook_path: str, items: list) -> int:
    webhook = wmill.get_variable(webhook_path)
    return len(items) if webhook else 0


@workflow
async def main(items: list, webhook_path: str = "f/digest/webhook_url"):
    return await post_digest(webhook_path, items)
