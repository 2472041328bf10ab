def main(batch_size: int, dry_run: bool, expected: int, label: str = "purge"):
    return {"purged": 0 if dry_run else expected, "batch_size": batch_size, "label": label}
