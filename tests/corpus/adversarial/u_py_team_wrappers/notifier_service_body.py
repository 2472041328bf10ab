# SDK: wmill 1.850.0 re-runs the workflow body after every task; announce() is a plain helper of the body, so its Slack post is sent again in each later round
import requests
from wmill import step, task, workflow


class Notifier:
    def __init__(self, webhook: str):
        self.webhook = webhook
        self.session = requests.Session()

    def send(self, text: str) -> int:
        resp = self.session.post(self.webhook, json={"text": text}, timeout=10)
        return resp.status_code


notifier = Notifier("https://hooks.slack.com/services/T000/B000/XXXX")


def announce(service: str, key_id: str) -> None:
    notifier.send(f"{service}: new key {key_id}")


@task()
async def rotate_key(service: str) -> dict:
    import boto3

    iam = boto3.client("iam")
    new = iam.create_access_key(UserName=service)["AccessKey"]
    return {"key_id": new["AccessKeyId"], "user": service}


@task()
async def revoke_old(service: str, keep: str) -> int:
    import boto3

    iam = boto3.client("iam")
    revoked = 0
    for k in iam.list_access_keys(UserName=service)["AccessKeyMetadata"]:
        if k["AccessKeyId"] != keep:
            iam.delete_access_key(UserName=service, AccessKeyId=k["AccessKeyId"])
            revoked += 1
    return revoked


@workflow
async def main(services: list[str]):
    report = []
    for svc in services:
        new = await rotate_key(svc)
        announce(svc, new["key_id"])  # expect: WAC101
        revoked = await revoke_old(svc, new["key_id"])
        report.append({"service": svc, "revoked": revoked})
    await step("announce_done", lambda: notifier.send(f"rotated {len(report)} services"))
    return report
