import requests

from wmill import task


@task(timeout=60)
async def enrich_company(domain: str) -> dict:
    r = requests.get(f"https://api.example.com/companies/{domain}", timeout=10)
    return r.json()


def ping_company(domain: str) -> int:
    return requests.head(f"https://{domain}", timeout=5).status_code
