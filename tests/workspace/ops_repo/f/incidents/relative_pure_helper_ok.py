# SDK: wmill 1.850.0; severity_rank (.incident_utils) only reads a dict literal; the module's other
# function does network I/O but is not called here.
from wmill import task_script, workflow

from .incident_utils import severity_rank

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str, severity: str = "low"):
    if severity_rank(severity) >= 1:
        return await page_oncall(service=service, severity=severity)
    return None
