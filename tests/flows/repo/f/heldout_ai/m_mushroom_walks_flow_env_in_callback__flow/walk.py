import requests


def main(walk_id: str, api_base: str):
    resp = requests.get(f"{api_base}/walks/{walk_id}", timeout=15)
    resp.raise_for_status()
    walk = resp.json()
    return {
        "date": walk["date"],
        "meeting_point": walk["meeting_point"],
        "participants": walk["participants"],
        "documents": walk["documents"],
    }
