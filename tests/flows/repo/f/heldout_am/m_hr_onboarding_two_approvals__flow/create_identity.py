import requests
import wmill


def main(full_name: str, personal_email: str, team: str):
    okta = wmill.get_resource("f/heldout_am/okta")
    login = full_name.lower().replace(" ", ".") + "@acme.io"
    resp = requests.post(
        f"{okta['url']}/api/v1/users?activate=false",
        json={"profile": {"login": login, "email": login, "secondEmail": personal_email, "department": team}},
        headers={"Authorization": f"SSWS {okta['token']}"},
        timeout=20,
    )
    resp.raise_for_status()
    return {"user_id": resp.json()["id"], "login": login}
