import wmill
import requests


def main(event_slug: str, min_reviews: int = 3):
    token = wmill.get_variable("f/events/pretalx_token")
    resp = requests.get(
        f"https://pretalx.com/api/events/{event_slug}/submissions/",
        headers={"Authorization": f"Token {token}"},
        params={"state": "submitted", "limit": 500},
        timeout=30,
    )
    resp.raise_for_status()
    talks = []
    for sub in resp.json()["results"]:
        if len(sub.get("reviews", [])) < min_reviews:
            continue
        talks.append(
            {
                "code": sub["code"],
                "title": sub["title"],
                "track": (sub.get("track") or {}).get("en", "general"),
                "reviews": [r["score"] for r in sub["reviews"]],
            }
        )
    return talks
