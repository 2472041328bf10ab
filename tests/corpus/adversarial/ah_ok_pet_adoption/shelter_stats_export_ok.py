# SDK: wmill 1.850.0 a plain script: duckdb over a pandas frame of the API's rows, write_s3_file of the parquet bytes (client.py 1953), get_variable for the token; os.environ read for the job id is ordinary in a plain script
import io
import os

import duckdb
import pandas as pd
import requests
import wmill


def main(year: int, shelter: str = "main"):
    token = wmill.get_variable("f/shelter/shelterluv_token")
    rows, page = [], 0
    while True:
        r = requests.get(
            "https://api.shelterluv.example/v1/outcomes",
            params={"year": year, "shelter": shelter, "offset": page * 100},
            headers={"X-Api-Key": token},
            timeout=30,
        )
        r.raise_for_status()
        batch = r.json()["outcomes"]
        rows.extend(batch)
        if len(batch) < 100:
            break
        page += 1
    df = pd.DataFrame(rows)
    summary = duckdb.sql("select species, outcome, count(*) as n from df group by 1, 2 order by 1, 2").df()
    buf = io.BytesIO()
    summary.to_parquet(buf, index=False)
    key = f"stats/{shelter}/{year}.parquet"
    written = wmill.write_s3_file(key, buf.getvalue())
    return {"job": os.environ.get("WM_JOB_ID"), "file": written, "rows": len(df), "groups": len(summary)}
