import requests


def main(okta: dict, app_ids: list):
    grants = []
    for app_id in app_ids:
        r = requests.get(
            f"https://{okta['domain']}/api/v1/apps/{app_id}/users",
            headers={"Authorization": f"SSWS {okta['token']}"},
            timeout=30,
        )
        r.raise_for_status()
        for u in r.json():
            if u.get("scope") == "USER" and u["profile"].get("role") == "admin":
                grants.append(
                    {
                        "grant_id": f"{app_id}:{u['id']}",
                        "user_email": u["credentials"]["userName"],
                        "manager_email": u["profile"].get("manager", "it-security@acme.example"),
                        "app_name": app_id,
                    }
                )
    return grants
