import psycopg


def main(building_id: str, dry_run: bool = True):
    with psycopg.connect("postgresql://harbor@db.internal/harbor") as conn:
        rows = conn.execute(
            "select lease_id, deposit from leases where building_id = %s", (building_id,)
        ).fetchall()
        if not dry_run:
            conn.execute("update leases set deposit_checked = now() where building_id = %s", (building_id,))
    return {"building": building_id, "leases": len(rows), "dry_run": dry_run}
