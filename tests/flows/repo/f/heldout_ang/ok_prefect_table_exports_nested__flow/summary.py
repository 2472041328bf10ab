def main(per_table: list):
    failed = [r for r in per_table if not isinstance(r, list)]
    return {"tables": len(per_table), "failed": len(failed)}
