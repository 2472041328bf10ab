import wmill
import requests


def main(applications: list, max_per_reviewer: int = 6) -> list:
    matcher = wmill.get_resource("f/grants/matcher")
    r = requests.post(
        f"{matcher['url']}/match",
        json={"applications": applications, "cap": max_per_reviewer, "avoid_same_institution": True},
        timeout=120,
    )
    r.raise_for_status()
    # [{"application_id": ..., "reviewer_email": ..., "score": ...}]
    return r.json()["assignments"]
