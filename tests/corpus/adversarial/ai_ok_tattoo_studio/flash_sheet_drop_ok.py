# SDK: wmill 1.850.0: asyncio.gather over tasks, `except Exception` in the body, clock only inside tasks and a step
import asyncio

from wmill import TaskError, step, task, workflow


@task()
async def post_instagram(caption: str, image_url: str) -> dict:
    import httpx
    import wmill

    token = wmill.get_variable("f/tattoo/ig_token")
    async with httpx.AsyncClient() as c:
        r = await c.post("https://graph.example.com/media", params={"access_token": token},
                         data={"image_url": image_url, "caption": caption})
        r.raise_for_status()
        return {"channel": "instagram", "id": r.json()["id"]}


@task()
async def post_newsletter(subject: str, image_url: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post("https://news.example.ink/api/campaigns", json={"subject": subject, "hero": image_url})
        return {"channel": "newsletter", "id": r.json()["campaign"]}


@task()
async def open_booking_window(sheet_id: str, hours: int) -> dict:
    import time

    opens = int(time.time())
    return {"sheet": sheet_id, "opens": opens, "closes": opens + hours * 3600}


@workflow
async def main(sheet_id: str, image_url: str, caption: str, window_hours: int = 48):
    window = await open_booking_window(sheet_id, window_hours)
    posts: list[dict] = []
    errors: list[str] = []
    try:
        posts = list(await asyncio.gather(post_instagram(caption, image_url), post_newsletter(caption, image_url)))
    except TaskError as err:
        errors.append(f"task failed: {err}")
    except Exception as err:
        errors.append(f"unexpected: {err!r}")
    announced = await step("announced_at", lambda: __import__("time").time())
    return {"window": window, "posts": posts, "errors": errors, "announced": announced}
