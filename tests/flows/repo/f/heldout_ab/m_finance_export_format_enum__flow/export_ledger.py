import io
from typing import Literal

import boto3
import pandas as pd
import wmill


def main(period: str, file_format: Literal["csv", "parquet"], bucket: str):
    db = wmill.get_resource("f/finance/ledger_db")
    frame = pd.read_sql(
        "SELECT * FROM ledger.entries WHERE to_char(booked_on, 'YYYY-MM') = %(p)s",
        f"postgresql://{db['user']}:{db['password']}@{db['host']}/{db['dbname']}",
        params={"p": period},
    )
    buf = io.BytesIO()
    if file_format == "csv":
        frame.to_csv(buf, index=False)
    else:
        frame.to_parquet(buf, index=False)
    key = f"ledger/{period}.{file_format}"
    boto3.client("s3").put_object(Bucket=bucket, Key=key, Body=buf.getvalue())
    return {"key": key, "rows": len(frame)}
