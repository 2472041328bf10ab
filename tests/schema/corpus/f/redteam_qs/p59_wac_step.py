from wmill import workflow, task, step
import wmill


@task(timeout=60)
def process(item: dict) -> dict:
    return item


@workflow
async def main(items: list[dict], batch_size: int = 10, *, notify: str = "ops@example.com"):
    ts = await step("ts", lambda: 1)
    return [await process(i) for i in items]
