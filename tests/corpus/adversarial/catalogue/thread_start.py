# SDK: wmill 1.850.0 client.py: a thread started in the @workflow body is started again on every replay round (the body re-runs from the top).
import threading

import requests
from wmill import task, workflow


def warm(url: str) -> None:
    requests.get(url, timeout=5)


@task()
async def deploy_site(site: str) -> list[str]:
    return [f"https://{site}/", f"https://{site}/pricing"]


@workflow
async def main(site: str):
    pages = await deploy_site(site)
    threading.Thread(target=warm, args=(pages[0],), daemon=True).start()  # expect: WAC101
    return {"pages": pages}
