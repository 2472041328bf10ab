import json

import psycopg2
import wmill


def main(account_id: int, region: str):
    db = wmill.get_resource(f"f/privacy/accounts_db_{region}")
    out = {}
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        for table in ("profiles", "orders", "support_tickets", "consents"):
            cur.execute(f"SELECT row_to_json(t) FROM {table} t WHERE account_id = %s", (account_id,))
            out[table] = [r[0] for r in cur.fetchall()]
    return {"account_id": account_id, "data": json.loads(json.dumps(out, default=str))}
