# SDK: wmill 1.850.0 _assert_usable_step_key rejects a key holding "/" (wait_for_approval and get_approval_urls both raise RuntimeError): the team prefix built into the constant makes every run fail
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

TEAM = "sre"
COMMANDER_KEY = TEAM + "/commander"


@task()
async def post_to_channel(channel: str, text: str) -> None:
    import requests

    requests.post("https://slack.com/api/chat.postMessage", json={"channel": channel, "text": text}, timeout=10)


@task()
async def start_bridge(incident_id: str) -> str:
    import requests

    resp = requests.post("https://api.zoom.us/v2/users/me/meetings", json={"topic": f"Bridge {incident_id}", "type": 1}, timeout=10)
    return resp.json()["join_url"]


@workflow
async def main(incident_id: str, channel: str = "#sev1"):
    bridge = await start_bridge(incident_id)
    urls = await step("commander_urls", lambda: get_approval_urls(COMMANDER_KEY))  # expect: WAC301
    await post_to_channel(channel, f"{incident_id}: bridge {bridge}. Take command: {urls['approvalPage']}")
    decision = await wait_for_approval(key=COMMANDER_KEY, timeout=1800)  # expect: WAC301
    return {"commander": decision.get("approver")}
