from typing import Optional


def main(table: str, limit: int = 100, since: Optional[str] = None):
    return {"table": table, "limit": limit, "since": since}
