# SDK: wmill 1.850.0 client.py: the base64 text of the workbook is a str; StringIO.getvalue() is a str too. Both survive the JSON round trip.
import base64
import csv
import io

from wmill import task, workflow


@task()
async def build_workbook(rows: list[dict]) -> dict:
    import pandas as pd

    buf = io.BytesIO()
    pd.DataFrame(rows).to_excel(buf, index=False)
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=sorted(rows[0]) if rows else [])
    writer.writeheader()
    writer.writerows(rows)
    return {"xlsx_b64": base64.b64encode(buf.getvalue()).decode("ascii"), "csv": text.getvalue()}


@task()
async def upload(content: str, key: str) -> str:
    return f"s3://reports/{key} ({len(content)})"


@workflow
async def main(rows: list[dict], key: str):
    files = await build_workbook(rows)
    return [await upload(files["xlsx_b64"], key + ".xlsx"), await upload(files["csv"], key + ".csv")]
