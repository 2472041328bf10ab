import wmill
from wmill import step, workflow


@workflow
async def main(service: str):
    return await step("rotate", lambda: wmill.run_script_by_path("f/ops/rotate", args={"service": service}))
