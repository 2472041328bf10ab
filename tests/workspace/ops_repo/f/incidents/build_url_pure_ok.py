# SDK: wmill 1.850.0; f.lib.http.build_url formats a string (the module's post/get are not called).
from wmill import task, workflow

from f.lib.http import build_url


@task()
async def fetch(url: str) -> dict:
    import requests

    return requests.get(url, timeout=10).json()


@workflow
async def main(incident_id: str):
    url = build_url(f"/incidents/{incident_id}", expand="timeline")
    return await fetch(url)
