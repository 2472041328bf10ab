import requests


def main(feed_url: str, api_key: str):
    r = requests.get(feed_url, headers={"X-Partner-Key": api_key}, timeout=120)
    r.raise_for_status()
    feed = r.json()
    return {"generated_at": feed["generated_at"], "items": feed["items"]}
