# SDK: wmill 1.850.0 client.py task_script(path) returns `wrapper(**kwargs)`: it takes keyword arguments only, so a positional argument raises TypeError.
from typing import Any

from wmill import task_script, workflow

# Workflows as code: every heavy step is its own script, called through task_script.
extract = task_script("f/etl/extract", timeout=600)
transform = task_script("f/etl/transform", timeout=300)


@workflow
async def main(args: dict[str, Any]) -> dict[str, Any]:
    raw = await extract(source=args["source"], since=args.get("since"))
    shaped = await transform(raw)  # expect: WAC301
    return {"rows": len(shaped)}
