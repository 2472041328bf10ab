# SDK: wmill 1.850.0 client.py task_flow(path) returns a wrapper whose keyword arguments become the child flow's inputs (JSON); results of earlier tasks are plain JSON values, so building inputs from them is safe.
from wmill import task, task_flow, task_script, workflow

extract = task_script("f/etl/extract", timeout=900)
load_flow = task_flow("f/etl/load_warehouse", timeout=1800)


@task()
async def validate(rows_url: str, expected_columns: list) -> dict:
    return {"ok": True, "row_count": 10, "rejected": []}


@workflow
async def main(source: str, day: str, columns: list[str]):
    extracted = await extract(source=source, day=day)
    report = await validate(extracted["rows_url"], columns)
    if not report["ok"]:
        return {"status": "invalid", "rejected": report["rejected"]}
    loaded = await load_flow(
        rows_url=extracted["rows_url"],
        day=day,
        row_count=report["row_count"],
        options={"mode": "merge", "keys": columns[:1]},
    )
    return {"status": "loaded", "table": loaded.get("table"), "rows": report["row_count"]}
