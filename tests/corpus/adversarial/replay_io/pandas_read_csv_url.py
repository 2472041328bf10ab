# SDK: wmill 1.850.0 client.py workflow(): pandas.read_csv of a URL downloads the file again on every replay.
import pandas as pd

from wmill import task, workflow


@task()
async def load_rows(rows: list) -> int:
    return len(rows)


@workflow
async def main(url: str):
    df = pd.read_csv(url)  # expect: WAC101
    return await load_rows(df.to_dict(orient="records"))
