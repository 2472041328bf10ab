from wmill import task_script, workflow

rotate = task_script("f/ops/rotat")  # expect: WAC401


@workflow
async def main(service: str):
    return await rotate(service=service)
