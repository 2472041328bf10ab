import wmill


def main(channel: str, text: str, urgent: bool = False, mention: str = ""):
    slack = wmill.get_resource("f/ops/slack_bot")
    prefix = ":rotating_light: " if urgent else ""
    if mention:
        prefix += f"<@{mention}> "
    import requests

    r = requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {slack['token']}"},
        json={"channel": channel, "text": prefix + text},
        timeout=20,
    )
    r.raise_for_status()
    return {"ok": r.json().get("ok", False), "ts": r.json().get("ts")}
