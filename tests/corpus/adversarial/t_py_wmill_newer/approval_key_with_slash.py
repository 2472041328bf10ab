# SDK: wait_for_approval(key=...) and get_approval_urls(step_key) call _assert_usable_step_key: a key containing "/" (or "\", ".", "..", blank) raises RuntimeError
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


@task()
async def draft_release_notes(repo: str, tag: str) -> str:
    return f"## {repo} {tag}\n- fixes\n- features\n"


@task()
async def send_for_review(channel: str, notes: str, link: str) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        await http.post(
            "https://chat.internal/api/post",
            json={"channel": channel, "text": f"{notes}\nReview: {link}"},
        )


@task()
async def publish(repo: str, tag: str, notes: str) -> dict:
    return {"repo": repo, "tag": tag, "published": True, "chars": len(notes)}


@workflow
async def main(repo: str = "payments-api", tag: str = "v4.12.0"):
    notes = await draft_release_notes(repo=repo, tag=tag)
    urls = await step("review_urls", lambda: get_approval_urls("release/notes"))  # expect: WAC301
    await send_for_review(channel="#releases", notes=notes, link=urls["resume"])
    review = await wait_for_approval(key="release/notes", timeout=86400)  # expect: WAC301
    if not review["approved"]:
        return {"published": False}
    return await publish(repo=repo, tag=tag, notes=notes)
