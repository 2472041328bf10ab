# SDK: wmill 1.850.0 client.py: TaskError is an Exception and _StepSuspend a BaseException; retry_if_exception_type((TaskError, TimeoutError)) is false for the suspension, so tenacity re-raises it and the task is dispatched.
from tenacity import retry, retry_if_exception_type, stop_after_attempt

from wmill import TaskError, task, workflow


@task(timeout=300)
async def render_report(report_id: str) -> str:
    return f"s3://reports/{report_id}.pdf"


@retry(retry=retry_if_exception_type((TaskError, TimeoutError)), stop=stop_after_attempt(2), reraise=True)
async def render(report_id: str) -> str:
    return await render_report(report_id)


@workflow
async def main(report_ids: list[str]):
    links = []
    for report_id in report_ids:
        links.append(await render(report_id))
    return links
