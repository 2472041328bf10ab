from wmill import task_script, workflow

digest = task_script("u/bob/digest")


@workflow
async def main(day: str):
    return await digest(day=day, max_items=5, include_drafts=True)
