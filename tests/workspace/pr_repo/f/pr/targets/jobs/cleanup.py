def main(older_than_days: int, dry_run: bool = True):
    return {"older_than_days": older_than_days, "dry_run": dry_run}
