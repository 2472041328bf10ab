# SDK: plain script: pandas reading a database, writing to S3 through wmill helpers (no WAC import)
from datetime import date

import pandas as pd
import sqlalchemy
import wmill


def engine_for(resource_path: str) -> sqlalchemy.Engine:
    db = wmill.get_resource(resource_path)
    url = f"postgresql+psycopg://{db['user']}:{db['password']}@{db['host']}:{db.get('port', 5432)}/{db['dbname']}"
    return sqlalchemy.create_engine(url)


def main(year: int = date.today().year, resource_path: str = "f/dairy/coop_pg"):
    engine = engine_for(resource_path)
    df = pd.read_sql(
        sqlalchemy.text("select farmer_id, date_trunc('month', day) as month, sum(litres) as litres "
                        "from collections where extract(year from day) = :y group by 1, 2"),
        engine,
        params={"y": year},
    )
    quotas = pd.read_sql("select farmer_id, monthly_quota from quotas", engine)
    merged = df.merge(quotas, on="farmer_id", how="left")
    merged["over"] = merged["litres"] > merged["monthly_quota"]
    over = merged[merged["over"]]
    wmill.write_s3_file(None, merged.to_csv(index=False).encode(), None)
    return {
        "year": year,
        "rows": int(len(merged)),
        "over_quota": over[["farmer_id", "month"]].astype(str).to_dict(orient="records"),
    }
