# GDPR erasure request: delete the person from every system that holds
# personal data, then confirm to the requester. Failures in one system are
# recorded and do not stop the others.
from wmill import task, workflow, TaskError
import requests

SYSTEMS = ["crm", "helpdesk", "newsletter", "analytics", "billing"]


@task(timeout=300, retry={"attempts": 2, "delay": 60})
async def erase_from_system(system: str, email: str) -> dict:
    resp = requests.post(f"https://privacy-gateway.example/api/{system}/erase", json={"email": email}, timeout=120)
    resp.raise_for_status()
    return {"system": system, "records": resp.json()["deleted"]}


@task()
async def confirm_erasure(email: str, done: list, failed: list):
    requests.post(
        "https://mail.example/send",
        json={"to": email, "template": "gdpr_erasure_done", "vars": {"systems": done, "pending": failed}},
        timeout=30,
    )


@workflow
async def main(email: str):
    done = []
    failed = []
    for system in SYSTEMS:
        try:
            result = await erase_from_system(system, email)
            done.append(result["system"])
        except TaskError:
            failed.append(system)
    await confirm_erasure(email, done, failed)
    return {"erased": done, "failed": failed}
