# SDK: wmill 1.850.0 client.py: a file opened in text mode reads a str, which survives the task's JSON round trip.
from wmill import task, workflow


@task()
async def render_report(report_id: str) -> str:
    path = f"/tmp/{report_id}.md"
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"# Report {report_id}\n")
    with open(path, encoding="utf-8") as fh:
        return fh.read()


@task()
async def publish(report_id: str, body: str) -> str:
    return f"published {report_id} ({len(body)})"


@workflow
async def main(report_id: str):
    body = await render_report(report_id)
    return await publish(report_id, body)
