from collections import defaultdict


def main(db: dict, week: str):
    import psycopg2

    by_supplier = defaultdict(list)
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "select supplier, sku, sum(qty) from preorders where week = %s group by 1, 2",
            (week,),
        )
        for supplier, sku, qty in cur.fetchall():
            by_supplier[supplier].append({"sku": sku, "qty": int(qty)})
    return {"by_supplier": dict(by_supplier), "week": week}
