# SDK: Windmill's Python parser reads `int | str` as an untyped input (checked with windmill-oracle sig).
from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str, ticket: int | str):  # expect: WAC902
    return await page_oncall(service=service, dry_run=bool(ticket))
