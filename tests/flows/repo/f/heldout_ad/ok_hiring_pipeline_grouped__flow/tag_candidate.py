import wmill
import requests


def main(candidate_id: int, tag: str, notify_email: str = ""):
    gh = wmill.get_resource("f/hr/greenhouse")
    requests.put(
        f"https://harvest.greenhouse.io/v1/candidates/{candidate_id}/tags",
        auth=(gh["api_key"], ""),
        json={"tags": [tag]},
        timeout=15,
    ).raise_for_status()
    return {"candidate_id": candidate_id, "tag": tag}
