# SDK: wmill 1.850.0 client.py: the body re-runs on replay; the generator context manager `ledger_db()` connects with psycopg when entered, and the insert runs in the body each round.
from contextlib import contextmanager

import psycopg
from wmill import task, workflow


@contextmanager
def ledger_db(dsn: str):
    conn = psycopg.connect(dsn)
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


@task()
async def compute_fees(account: str) -> int:
    return 250


@workflow
async def main(account: str, dsn: str):
    fees = await compute_fees(account)
    with ledger_db(dsn) as conn:  # expect: WAC101
        conn.execute("insert into fees(account, cents) values (%s, %s)", (account, fees))  # expect: WAC101
    return fees
