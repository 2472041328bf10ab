# SDK: wmill 1.850.0 client.py: the body re-runs on replay; pandas `to_csv(path_or_buf=...)` given a path writes the file each round.
import pandas as pd
from wmill import task, workflow


@task()
async def pull_leads(campaign: str) -> list[dict]:
    return [{"email": "a@example.com", "campaign": campaign}]


@workflow
async def main(campaign: str, export_path: str):
    leads = pd.DataFrame(await pull_leads(campaign))
    leads.drop_duplicates(subset=["email"]).to_csv(path_or_buf=export_path, index=False)  # expect: WAC101
    return {"exported": export_path}
