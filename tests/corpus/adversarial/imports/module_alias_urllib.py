# SDK: wmill 1.850.0 client.py: the @workflow function is re-run from the top after every suspension (_run_workflow_async).
import json
import urllib.request as ur

from wmill import task, workflow


@task()
async def build_report(region: str) -> dict:
    with ur.urlopen(f"https://metrics.example.com/api/{region}/daily") as resp:
        return json.loads(resp.read())


@workflow
async def main(region: str = "eu-west-1"):
    report = await build_report(region)
    req = ur.Request(
        "https://status.example.com/api/reports",
        data=json.dumps(report).encode(),
        headers={"Content-Type": "application/json"},
    )
    ur.urlopen(req)  # expect: WAC101
    return report
