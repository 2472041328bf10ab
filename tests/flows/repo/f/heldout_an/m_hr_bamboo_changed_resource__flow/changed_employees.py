import requests


def main(bamboo: dict, since: str):
    r = requests.get(
        f"https://api.bamboohr.com/api/gateway.php/{bamboo['subdomain']}/v1/employees/changed",
        params={"since": since},
        auth=(bamboo["api_key"], "x"),
        headers={"Accept": "application/json"},
        timeout=30,
    )
    r.raise_for_status()
    return {"changed": list(r.json()["employees"].keys())}
