# SDK: wmill 1.850.0 client.py: task() reads the parameter names with inspect.signature, which follows __wrapped__ set by functools.wraps, so positional arguments get their real names and the child's func(**kwargs) works
import functools
import time

from wmill import task, workflow


def traced(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"{fn.__name__} took {time.perf_counter() - t0:.2f}s")

    return wrapper


@task()
@traced
async def render_email(template_id: str, locale: str) -> str:
    import httpx

    return httpx.get(f"https://templates.internal/{template_id}", params={"locale": locale}, timeout=30).text


@task()
async def queue_send(list_id: str, html: str) -> dict:
    import httpx

    return httpx.post(f"https://mailer.internal/lists/{list_id}/queue", json={"html": html}, timeout=60).json()


@workflow
async def main(list_id: str, template_id: str, locale: str = "en-GB"):
    html = await render_email(template_id, locale)
    queued = await queue_send(list_id, html)
    return {"list": list_id, "queued": queued["count"]}
