# Moderate a user-submitted post: an ML classifier decides, and a match on the
# verdict picks the follow-up action.
from wmill import task, workflow, wait_for_approval
import requests


@task(timeout=120, tag="ml")
async def classify_post(text: str, image_urls: list) -> dict:
    return requests.post("https://moderation.example/v2/classify", json={"text": text, "images": image_urls}, timeout=90).json()


@task()
async def publish_post(post_id: str):
    requests.post(f"https://community.example/api/posts/{post_id}/publish", timeout=30).raise_for_status()


@task()
async def remove_post(post_id: str, reason: str):
    requests.post(f"https://community.example/api/posts/{post_id}/remove", json={"reason": reason}, timeout=30).raise_for_status()


@task()
async def queue_for_moderator(post_id: str, scores: dict):
    requests.post("https://community.example/api/moderation-queue", json={"post_id": post_id, "scores": scores}, timeout=30)


@workflow
async def main(post_id: str, text: str, image_urls: list):
    verdict = await classify_post(text, image_urls)
    match verdict["label"]:
        case "safe":
            await publish_post(post_id)
        case "spam" | "illegal":
            await remove_post(post_id, verdict["label"])
        case _:
            await queue_for_moderator(post_id, verdict["scores"])
            review = await wait_for_approval(timeout=86400)
            if review["approved"]:
                await publish_post(post_id)
            else:
                await remove_post(post_id, "moderator")
    return {"post_id": post_id, "label": verdict["label"]}
