import requests
import wmill


def main(email: str, services: list):
    okta = wmill.get_resource("f/people/okta")
    removed = []
    for service in services:
        resp = requests.delete(
            f"{okta['url']}/api/v1/apps/{service}/users/{email}",
            headers={"Authorization": f"SSWS {okta['token']}"},
            timeout=15,
        )
        if resp.status_code in (200, 204):
            removed.append(service)
    return {"email": email, "removed_from": removed}
