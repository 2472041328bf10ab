import requests


def main(database_id: str, notion: dict):
    resp = requests.post(
        f"https://api.notion.com/v1/databases/{database_id}/query",
        headers={
            "Authorization": f"Bearer {notion['token']}",
            "Notion-Version": "2022-06-28",
        },
        json={"page_size": 100},
        timeout=60,
    )
    resp.raise_for_status()
    pages = [
        {"id": p["id"], "title": p["properties"]["Name"]["title"][0]["plain_text"]}
        for p in resp.json()["results"]
    ]
    return {"pages": pages, "has_more": resp.json().get("has_more", False)}
