import requests


def main(notion: dict, outgoing: str, incoming: str, incidents: list, slack_thread: str | None = None):
    children = [
        {"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"text": {"content": f"{outgoing} hands over to {incoming}"}}]}},
    ]
    for inc in incidents:
        text = f"#{inc['id']} [{inc['severity']}] {inc['title']}"
        children.append({"object": "block", "type": "bulleted_list_item", "bulleted_list_item": {"rich_text": [{"text": {"content": text}}]}})
    r = requests.post(
        "https://api.notion.com/v1/pages",
        headers={"Authorization": f"Bearer {notion['token']}", "Notion-Version": "2022-06-28"},
        json={"parent": {"database_id": notion["handover_db"]}, "properties": {"title": {"title": [{"text": {"content": f"Handover {outgoing} -> {incoming}"}}]}}, "children": children},
        timeout=30,
    )
    r.raise_for_status()
    return {"url": r.json()["url"], "thread": slack_thread}
