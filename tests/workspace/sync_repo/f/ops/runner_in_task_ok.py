import wmill
from wmill import task, workflow


@task()
async def kick(service: str):
    return wmill.run_script_by_path("f/ops/rotate", args={"service": service, "keep": "3"})


@workflow
async def main(service: str):
    return await kick(service)
