# Extract a page through a shared script.
from wmill import task_script, workflow

extract = task_script("f/data/extract")


@workflow
async def main(url: str):
    return await extract(url)  # expect: WAC301
