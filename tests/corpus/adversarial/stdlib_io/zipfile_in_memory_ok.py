# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a `ZipFile` over an `io.BytesIO` and a `csv.writer` over an `io.StringIO` write to memory only.
import base64
import csv
import io
import zipfile

from wmill import task, workflow


@task()
async def collect_rows(job: str) -> list[list[str]]:
    return [["id", "status"], ["1", "ok"]]


@task()
async def upload_b64(filename: str, data: str) -> bool:
    return True


@workflow
async def main(job: str):
    rows = await collect_rows(job)
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerows(rows)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo(f"{job}.csv", date_time=(2024, 1, 1, 0, 0, 0)), text.getvalue())
    return await upload_b64(f"{job}.zip", base64.b64encode(buf.getvalue()).decode())
