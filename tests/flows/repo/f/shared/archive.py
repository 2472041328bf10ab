def main(rows: list, bucket: str, dry_run: bool = False):
    return len(rows)
