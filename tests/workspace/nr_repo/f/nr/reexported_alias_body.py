from wmill import task, workflow

from f.lib.reexport_py import default_pusher, http_post


@task()
async def count(rows: list) -> int:
    return len(rows)


@workflow
async def main(url: str, rows: list):
    n = await count(rows)
    default_pusher.push({"n": n})  # expect: WAC101
    http_post(url, json={"n": n})  # expect: WAC101
    return default_pusher.preview({"n": n})
