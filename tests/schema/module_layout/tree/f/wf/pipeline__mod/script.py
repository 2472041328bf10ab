from wmill import task_script, workflow

from .helpers import clean


@workflow
async def main(source: str, limit: int = 10, dry_run: bool = False):
    rows = await task_script("./helpers.py")(source=source, limit=limit)
    return clean(rows) if not dry_run else []
