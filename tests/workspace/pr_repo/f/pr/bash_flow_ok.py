from wmill import task_flow, task_script, workflow

rotate = task_script("f/pr/targets/rotate")
ingest = task_flow("f/pr/targets/ingest")


@workflow
async def main(env: str):
    rotated = await rotate(env=env, keep=3)
    loaded = await ingest(source="gcs", limit=10)
    again = await ingest(source="s3")
    return [rotated, loaded, again]
