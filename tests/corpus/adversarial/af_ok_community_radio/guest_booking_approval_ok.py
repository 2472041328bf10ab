# SDK: wmill 1.850.0 `get_resume_urls` is also plain client API (Windmill.get_resume_urls signs resume / cancel links for the running job): this is the approval step of an OpenFlow flow, not a workflow, and its `__main__` guard only serves a local run, which is fine for a plain script
import os
from datetime import datetime, timezone

import requests
import wmill

BOOKINGS = "https://bookings.kxrd.example/api"


def describe(guest: dict) -> str:
    slot = datetime.fromisoformat(guest["slot"]).astimezone(timezone.utc)
    return f"{guest['name']} ({guest['org']}) on {guest['show']}, {slot:%a %d %b %H:%M} UTC"


def main(guest: dict, producer_email: str, approver: str = ""):
    urls = wmill.get_resume_urls(approver or None)
    token = wmill.get_variable("f/radio/bookings_token")
    resp = requests.post(
        f"{BOOKINGS}/approvals",
        headers={"Authorization": f"Bearer {token}"},
        json={
            "to": producer_email,
            "summary": describe(guest),
            "approve_url": urls["resume"],
            "reject_url": urls["cancel"],
            "requested_at": datetime.now(timezone.utc).isoformat(),
        },
        timeout=20,
    )
    resp.raise_for_status()
    return {"resume": urls["resume"], "cancel": urls["cancel"], "page": urls["approvalPage"]}


if __name__ == "__main__":
    # a quick local run against the staging workspace
    os.environ.setdefault("WM_WORKSPACE", "staging")
    print(main({"name": "Ada", "org": "Makerspace", "show": "Tech Tuesday", "slot": "2026-01-06T18:00:00+00:00"}, "producer@kxrd.example"))
