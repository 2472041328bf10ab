import requests


def main(register: dict, key: str, counterparty: str, signed_on: str):
    resp = requests.post(
        f"{register['url']}/contracts",
        headers={"Authorization": f"Token {register['token']}"},
        json={"document": key, "counterparty": counterparty, "signed_on": signed_on[:10]},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
