import requests


def main(github: dict, username: str, org: str = "acme", dry_run: bool = False):
    if dry_run:
        return {"removed": False, "username": username}
    r = requests.delete(
        f"https://api.github.com/orgs/{org}/members/{username}",
        headers={"Authorization": f"Bearer {github['token']}"},
        timeout=30,
    )
    return {"removed": r.status_code == 204, "username": username}
