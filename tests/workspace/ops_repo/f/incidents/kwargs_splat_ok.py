# SDK: wmill 1.850.0 task_script wrapper(**kwargs): names unpacked from a dict are not known statically.
from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str, overrides: dict | None = None):
    args = {"service": service, **(overrides or {})}
    return await page_oncall(**args)
