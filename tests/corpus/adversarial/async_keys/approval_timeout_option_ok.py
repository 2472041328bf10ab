# SDK: wmill 1.850.0 client.py wait_for_approval(timeout=...): the approval step carries its own timeout in seconds; the answer comes back as a dict with "approved".
from wmill import task, wait_for_approval, workflow


@task()
async def publish(post_id: str) -> str:
    return f"published {post_id}"


@workflow
async def main(post_id: str):
    answer = await wait_for_approval(key="editor", timeout=3600)
    if not answer.get("approved"):
        return {"post": post_id, "published": False}
    return {"post": post_id, "published": await publish(post_id)}
