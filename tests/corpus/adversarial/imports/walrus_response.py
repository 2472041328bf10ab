# SDK: wmill 1.850.0 client.py: only task()/step() consult the checkpoint; a request made in the @workflow body (even inside a condition) is re-sent per round.
import requests
from wmill import task, workflow


@task()
async def restart_service(host: str, service: str) -> bool:
    return True


@workflow
async def main(host: str, service: str):
    if (resp := requests.get(f"https://{host}/health/{service}", timeout=5)).status_code != 200:  # expect: WAC101
        restarted = await restart_service(host, service)
        return {"restarted": restarted, "status": resp.status_code}
    return {"restarted": False, "status": 200}
