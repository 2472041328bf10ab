import requests
import wmill


def main(channel: str, text: str, thread_ts: str = "", mention_oncall: bool = False):
    token = wmill.get_variable("f/ops/slack_bot_token")
    if mention_oncall:
        text = f"<!subteam^S04ONCALL> {text}"
    payload = {"channel": channel, "text": text}
    if thread_ts:
        payload["thread_ts"] = thread_ts
    resp = requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {token}"},
        json=payload,
        timeout=10,
    )
    resp.raise_for_status()
    body = resp.json()
    return {"ok": body.get("ok", False), "ts": body.get("ts")}
