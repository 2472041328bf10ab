import requests
import wmill


def main(slug: str, commander: str):
    token = wmill.get_variable("f/ops/slack_bot_token")
    headers = {"Authorization": f"Bearer {token}"}
    r = requests.post("https://slack.com/api/conversations.create", headers=headers, json={"name": slug}, timeout=10)
    r.raise_for_status()
    channel = r.json()["channel"]
    requests.post(
        "https://slack.com/api/conversations.invite",
        headers=headers,
        json={"channel": channel["id"], "users": commander},
        timeout=10,
    )
    return {"channel_id": channel["id"], "url": f"https://acme.slack.com/archives/{channel['id']}"}
