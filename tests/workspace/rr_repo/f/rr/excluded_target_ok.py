from wmill import task_script, workflow

enrich = task_script("f/rr/targets/enrich")


@workflow
async def main(region: str):
    return await enrich(region=region, tag="nightly")
