import requests
import wmill


def main(service: str):
    catalog = wmill.get_resource("f/oncall/service_catalog")
    resp = requests.get(f"{catalog['url']}/services/{service}", timeout=10)
    resp.raise_for_status()
    svc = resp.json()
    return {
        "primary": svc["oncall"]["primary"],
        "secondary": svc["oncall"]["secondary"],
        "team_group": svc["team"]["windmill_group"],
    }
