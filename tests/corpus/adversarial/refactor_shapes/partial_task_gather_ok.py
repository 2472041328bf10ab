# SDK: wmill 1.850.0 client.py functools.partial over a task still calls the task's wrapper (key from the task's name); gathering the calls awaits them all.
import asyncio
import functools

from wmill import task, workflow


@task()
async def render(template: str, locale: str) -> str:
    return f"{template}.{locale}"


@workflow
async def main(templates: list, locale: str):
    render_local = functools.partial(render, locale=locale)
    return await asyncio.gather(*map(render_local, templates))
