# SDK: wmill 1.850.0 client.py _alloc_key: iteration order of a set of strings depends on the per-process hash seed, so task keys swap between replays.
from wmill import task, workflow


@task()
async def export_table(table: str) -> int:
    return 0


@workflow
async def main():
    total = 0
    for table in {"orders", "customers", "invoices"}:  # expect: WAC105
        total += await export_table(table)
    return total
