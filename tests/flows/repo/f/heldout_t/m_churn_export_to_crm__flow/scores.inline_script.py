from typing import TypedDict

import psycopg2


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    password: str
    dbname: str


def main(warehouse: postgresql, model: str):
    with psycopg2.connect(**warehouse) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT account_id, score FROM ml.churn_scores WHERE model = %s AND scored_at > now() - interval '1 day'",
            (model,),
        )
        rows = [{"account_id": a, "score": float(s)} for a, s in cur.fetchall()]
    return {"model": model, "rows": rows}
