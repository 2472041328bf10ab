def main(crm: dict, pairs: list, dry_run: bool = True):
    return {"merged": 0 if dry_run else len(pairs)}
