from typing import Optional, TypedDict


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    password: str
    dbname: str


def main(month: str, db: postgresql, sftp_password: str, note: Optional[str] = None):
    path = f"/exports/ledger_{month}.csv"
    return {"path": path, "host": db["host"], "note": note or ""}
