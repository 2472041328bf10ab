import wmill
import requests


def main(employee_email: str, last_day: str, keep_mailbox: bool, forward_to: str = ""):
    okta = wmill.get_resource("f/people/okta")
    headers = {"Authorization": f"SSWS {okta['token']}"}
    r = requests.get(f"{okta['domain']}/api/v1/users/{employee_email}", headers=headers, timeout=15)
    r.raise_for_status()
    uid = r.json()["id"]
    requests.post(
        f"{okta['domain']}/api/v1/users/{uid}/lifecycle/suspend",
        headers=headers,
        timeout=15,
    ).raise_for_status()
    return {"okta_user": uid, "scheduled_for": last_day, "mailbox": "kept" if keep_mailbox else "deleted", "forward_to": forward_to or None}
