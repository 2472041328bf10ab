import requests


def main(host: str, paths: list[str]):
    codes = {}
    for p in paths:
        codes[p] = requests.get(f"https://{host}{p}", timeout=10).status_code
    return codes
