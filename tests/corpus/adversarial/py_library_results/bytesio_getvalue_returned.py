# SDK: wmill 1.850.0 client.py: BytesIO.getvalue() is bytes, which json.dumps(default=str) writes as "b'PK\\x03...'", so the uploaded workbook is the repr text.
import io

from wmill import task, workflow


@task()
async def build_workbook(rows: list[dict]):
    import pandas as pd

    buf = io.BytesIO()
    pd.DataFrame(rows).to_excel(buf, index=False)
    return buf.getvalue()  # expect: WAC107


@task()
async def upload(content: str, key: str) -> str:
    return f"s3://reports/{key} ({len(content)})"


@workflow
async def main(rows: list[dict], key: str):
    content = await build_workbook(rows)
    return await upload(content, key)
