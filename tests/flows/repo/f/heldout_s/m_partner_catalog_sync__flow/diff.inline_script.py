import psycopg2


def main(feed: list, catalog_db: dict):
    with psycopg2.connect(**catalog_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT partner_sku, price_cents, title FROM products WHERE active")
        ours = {sku: (price, title) for sku, price, title in cur.fetchall()}
    theirs = {i["sku"]: (int(round(i["price"] * 100)), i["title"]) for i in feed}
    upserts = [{"sku": s, "price_cents": p, "title": t} for s, (p, t) in theirs.items() if ours.get(s) != (p, t)]
    deactivate = sorted(set(ours) - set(theirs))
    return {"upserts": upserts, "deactivate": deactivate}
