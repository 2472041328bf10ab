# SDK: wmill generate-metadata writes the inputs of main; this file's .script.yaml predates `dry_run`.
from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str, dry_run: bool = True):  # expect: WAC901
    return await page_oncall(service=service, dry_run=dry_run)
