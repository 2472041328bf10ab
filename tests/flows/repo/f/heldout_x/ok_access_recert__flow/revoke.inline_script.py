import requests


def main(okta: dict, grant_id: str, justification: str):
    app_id, user_id = grant_id.split(":")
    r = requests.delete(
        f"https://{okta['domain']}/api/v1/apps/{app_id}/users/{user_id}",
        headers={"Authorization": f"SSWS {okta['token']}"},
        timeout=30,
    )
    r.raise_for_status()
    return {"revoked": grant_id, "justification": justification}
