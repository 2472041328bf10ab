# SDK: wmill 1.850.0 client.py _wait_for_approval raises _StepSuspend at once (or returns the recorded answer), so anyio.move_on_after never cancels the wait; the approval's own timeout= is what applies (WAC108).
import anyio

from wmill import task, wait_for_approval, workflow


@task()
async def release(build_id: str, approved: bool) -> dict:
    return {"build": build_id, "released": approved}


@workflow
async def main(build_id: str):
    answer = {"approved": False}
    with anyio.move_on_after(4 * 3600):  # expect: WAC108
        answer = await wait_for_approval(timeout=24 * 3600)
    return await release(build_id, bool(answer.get("approved")))
