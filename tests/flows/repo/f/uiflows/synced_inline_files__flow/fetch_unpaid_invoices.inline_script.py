from typing import TypedDict


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    sslmode: str
    password: str


def main(billing_db: postgresql, days_overdue: int = 30) -> list[dict]:
    return [{"id": "inv_1", "days": days_overdue, "host": billing_db["host"]}]
