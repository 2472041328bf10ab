# SDK: wmill 1.850.0 client.py task_script(path, timeout=...) returns `wrapper(**kwargs)`; keyword arguments become the child job's args.
from typing import Any

from wmill import task_script, workflow

extract = task_script("f/etl/extract", timeout=600)
transform = task_script("f/etl/transform", timeout=300)


@workflow
async def main(args: dict[str, Any]) -> dict[str, Any]:
    raw = await extract(source=args["source"], since=args.get("since"))
    shaped = await transform(rows=raw, args=args)
    return {"rows": len(shaped)}
