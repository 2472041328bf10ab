"""Load one day of a dataset from the landing bucket into the warehouse."""

import psycopg2
import wmill


def main(dataset: str, day: str, overwrite: bool = False):
    dsn = wmill.get_variable("f/lib/warehouse_dsn")
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        if overwrite:
            cur.execute("delete from analytics.%s where day = %%s" % dataset, (day,))
        cur.execute("call analytics.load_partition(%s, %s)", (dataset, day))
        cur.execute("select count(*) from analytics.%s where day = %%s" % dataset, (day,))
        return {"dataset": dataset, "day": day, "rows": cur.fetchone()[0]}
