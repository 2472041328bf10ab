# SDK: wmill 1.850.0 client.py _call_in_task_body: a @task reached from another task's body (here through a helper) runs in place, in the same job, without its own options (its timeout is lost).
from wmill import task, workflow


@task(timeout=900)
async def render(page: int) -> str:
    return f"page-{page}"


async def render_all(pages: int) -> list:
    return [await render(p) for p in range(pages)]  # expect: WAC304


@task()
async def build_book(pages: int) -> int:
    rendered = await render_all(pages)
    return len(rendered)


@workflow
async def main(pages: int = 3):
    return await build_book(pages)
