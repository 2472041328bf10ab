# MISTAKE: durable calls whose result is never awaited ("fire and forget").
# Inside a workflow every task, step, sleep and approval must be awaited.
from wmill import task, workflow, step, sleep, wait_for_approval
import requests


@task()
async def record_event(user_id: str, event: str):
    requests.post("https://analytics.example/api/events", json={"user": user_id, "event": event}, timeout=10)


@task()
async def load_profile(user_id: str) -> dict:
    return requests.get(f"https://app.example/api/users/{user_id}", timeout=30).json()


@task()
async def send_digest(profile: dict) -> str:
    resp = requests.post("https://mail.example/send", json={"to": profile["email"], "template": "weekly_digest"}, timeout=30)
    return resp.json()["message_id"]


@workflow
async def main(user_id: str):
    record_event(user_id, "digest_started")  # expect: WAC106
    profile = await load_profile(user_id)
    if profile.get("needs_review"):
        wait_for_approval(timeout=3600)  # expect: WAC106
    sleep(3600)  # expect: WAC106
    message_id = await send_digest(profile)
    step("mark_sent", lambda: message_id)  # expect: WAC106
    return {"message_id": message_id}
