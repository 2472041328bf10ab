from typing import TypedDict

import psycopg2


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    password: str
    sslmode: str


def main(replica: postgresql):
    with psycopg2.connect(**replica) as conn, conn.cursor() as cur:
        cur.execute("select coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0)")
        (lag,) = cur.fetchone()
    return {"lag_seconds": float(lag)}
