def main(table: str, limit: int = 100, dry_run: bool = False):
    return {"table": table, "limit": limit, "dry_run": dry_run}
