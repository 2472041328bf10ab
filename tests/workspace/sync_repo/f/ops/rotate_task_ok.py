from wmill import task_script, workflow

rotate = task_script("f/ops/rotate")


@workflow
async def main(service: str):
    return await rotate(service=service)
