# SDK: wmill 1.850.0 replays the body after each task; the module-level pdpyras session's rpost() creates a PagerDuty note over HTTP each time the body reaches it
import pdpyras
from wmill import task, workflow

pd = pdpyras.APISession("from-resource", default_from="sre-bot@acme.io")


@task()
async def gather_context(service: str) -> dict:
    import requests

    deploys = requests.get(f"https://deploys.internal/api/{service}/recent", timeout=10).json()
    return {"last_deploy": deploys[0]["sha"] if deploys else None, "count": len(deploys)}


@task()
async def rollback(service: str, sha: str) -> str:
    import requests

    return requests.post(f"https://deploys.internal/api/{service}/rollback", json={"to": sha}, timeout=30).json()["status"]


@workflow
async def main(service: str, pd_incident: str, previous_sha: str):
    ctx = await gather_context(service)
    pd.rpost(f"incidents/{pd_incident}/notes", json={"note": {"content": f"last deploy {ctx['last_deploy']}"}})  # expect: WAC101
    status = await rollback(service, previous_sha)
    return {"rollback": status}
