# SDK: wmill 1.850.0 task_script; the bash target's inputs come from its .script.yaml (service required).
from wmill import task_script, workflow

restart = task_script("f/ops/restart_service")


@workflow
async def main(services: list[str]):
    results = []
    for name in services:
        results.append(await restart(service=name, drain_seconds="10"))
    return results
