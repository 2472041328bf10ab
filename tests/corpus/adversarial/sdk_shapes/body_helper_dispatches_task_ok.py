# SDK: wmill 1.850.0 client.py: a plain async helper awaited from the workflow body may dispatch tasks: it runs as body code, and each task is its own checkpointed step.
from wmill import task, workflow


@task(timeout=900)
async def render(page: int) -> str:
    return f"page-{page}"


async def render_all(pages: int) -> list:
    return [await render(p) for p in range(pages)]


@task()
async def bind(rendered: list) -> int:
    return len(rendered)


@workflow
async def main(pages: int = 3):
    rendered = await render_all(pages)
    return await bind(rendered)
