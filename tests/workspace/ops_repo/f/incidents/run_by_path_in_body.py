# SDK: wmill 1.850.0 run_script_by_path starts a job over HTTP and waits; in the body it re-runs on every replay.
import wmill
from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    ticket = wmill.run_script_by_path("f/ops/open_ticket", args={"title": service, "body": "paged"})  # expect: WAC101
    return await page_oncall(service=service), ticket
