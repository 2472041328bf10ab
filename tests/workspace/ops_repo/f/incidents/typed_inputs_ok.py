# SDK: Windmill's Python parser reads Optional[T], Literal[...], list[dict] and dict as typed inputs
# (windmill-oracle sig).
from typing import Literal, Optional

from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(
    services: list[dict],
    severity: Literal["low", "high", "critical"] = "low",
    note: Optional[str] = None,
    extra: dict = {},
):
    paged = []
    for svc in services:
        paged.append(await page_oncall(service=svc["name"], severity=severity))
    return {"paged": paged, "note": note, "extra": extra}
