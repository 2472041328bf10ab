# SDK: Windmill's Python parser reads a subscripted tuple as an untyped input (windmill-oracle sig).
from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(window: tuple[int, int], service: str):  # expect: WAC902
    return await page_oncall(service=service, dry_run=window[0] > window[1])
