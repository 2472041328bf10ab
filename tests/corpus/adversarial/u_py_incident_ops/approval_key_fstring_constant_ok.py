# SDK: wmill 1.850.0 _assert_usable_step_key accepts "sre_lead"; the f-string only interpolates a module literal, so the key is the same string every round and in both calls
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

TEAM = "sre"
LEAD_KEY = f"{TEAM}_lead"


@task()
async def post_to_channel(channel: str, text: str) -> None:
    import requests

    requests.post("https://slack.com/api/chat.postMessage", json={"channel": channel, "text": text}, timeout=10)


@workflow
async def main(change_id: str, channel: str = "#changes"):
    urls = await step("lead_urls", lambda: get_approval_urls(LEAD_KEY))
    await post_to_channel(channel, f"Change {change_id} needs the {TEAM} lead: {urls['approvalPage']}")
    decision = await wait_for_approval(key=LEAD_KEY, timeout=7200)
    return {"approved": decision.get("approved", False), "by": decision.get("approver")}
