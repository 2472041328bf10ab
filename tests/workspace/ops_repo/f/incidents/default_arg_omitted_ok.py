# SDK: wmill 1.850.0 task_script; restart_service's drain_seconds has a default in its .script.yaml.
from wmill import task_script, workflow

restart = task_script("f/ops/restart_service", timeout=900)


@workflow
async def main(service: str):
    return await restart(service=service)
