# SDK: wmill 1.850.0 client.py _wait_for_approval raises _StepSuspend at once (or returns the recorded answer), so asyncio.wait_for never raises TimeoutError for it; the approval's own timeout= is what applies.
import asyncio

from wmill import task, wait_for_approval, workflow


@task()
async def publish(post_id: str) -> str:
    return f"published {post_id}"


@workflow
async def main(post_id: str):
    try:
        answer = await asyncio.wait_for(wait_for_approval(key="editor", timeout=7200), timeout=3600)
        approved = bool(answer.get("approved"))
    except asyncio.TimeoutError:  # expect: WAC204
        approved = False
    if not approved:
        return {"post": post_id, "published": False}
    return {"post": post_id, "published": await publish(post_id)}
