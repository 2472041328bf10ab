"""The analytics warehouse (Postgres). One client per worker process."""

from dataclasses import dataclass, field

import psycopg2

DSN = "postgresql://analytics@warehouse.internal:5432/analytics"


@dataclass
class Warehouse:
    dsn: str
    schema: str = "analytics"
    tags: dict = field(default_factory=dict)

    def table_name(self, dataset: str, day: str) -> str:
        return f"{self.schema}.{dataset}_{day.replace('-', '')}"

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def row_count(self, table: str) -> int:
        return self.query(f"select count(*) from {table}")[0][0]


warehouse = Warehouse(DSN)


def run_query(sql: str, params: tuple = ()) -> list[tuple]:
    return warehouse.query(sql, params)
