from wmill import task, workflow


@task()
async def tag(label: str, weight: int) -> dict:
    return {"label": label, "weight": weight}


@workflow
async def main(label: str, weight: int = 5):
    return await tag(label=label, weight=weight)
