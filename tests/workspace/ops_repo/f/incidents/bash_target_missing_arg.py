# SDK: wmill 1.850.0 task_script; f/ops/restart_service requires `service` (its .script.yaml).
from wmill import task_script, workflow

restart = task_script("f/ops/restart_service")


@workflow
async def main(name: str):
    return await restart(drain_seconds="5")  # expect: WAC402
