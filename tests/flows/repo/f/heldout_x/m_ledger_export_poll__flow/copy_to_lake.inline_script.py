import requests


def main(download_url: str):
    data = requests.get(download_url, timeout=120).content
    return {"bytes": len(data)}
