# SDK: wmill 1.850.0; the .script.yaml carries a summary and input descriptions edited in the UI,
# which `wmill generate-metadata` keeps (the oracle's merge): the metadata is up to date.
from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str, severity: str = "high", dry_run: bool = False):
    return await page_oncall(service=service, severity=severity, dry_run=dry_run)
