import psycopg2
import wmill


def main(tenant_id: str, accounts: list):
    conn = psycopg2.connect(**wmill.get_resource("f/tenants/warehouse"))
    with conn, conn.cursor() as cur:
        for a in accounts:
            cur.execute(
                "INSERT INTO crm.accounts (tenant_id, sf_id, name, industry) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (tenant_id, sf_id) DO UPDATE SET name = EXCLUDED.name, industry = EXCLUDED.industry",
                (tenant_id, a["sf_id"], a["name"], a["industry"]),
            )
    return {"stored": len(accounts)}
