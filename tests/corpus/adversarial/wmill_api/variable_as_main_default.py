# SDK: wmill 1.850.0 client.py get_variable() is an HTTP GET; a default of main is evaluated when the module runs, i.e. once per replay of the workflow.
import wmill
from wmill import task, workflow


@task()
async def post_digest(webhook: str, items: list) -> int:
    return len(items)


@workflow
async def main(items: list, webhook: str = wmill.get_variable("f/digest/webhook_url")):  # expect: WAC101
    return await post_digest(webhook, items)
