import psycopg2
import wmill


def main(tenant_id: str, full: bool = False):
    conn = psycopg2.connect(**wmill.get_resource("f/tenants/warehouse"))
    with conn, conn.cursor() as cur:
        if full:
            cur.execute("SELECT id FROM docs.documents WHERE tenant_id = %s", (tenant_id,))
        else:
            cur.execute(
                "SELECT id FROM docs.documents WHERE tenant_id = %s AND indexed_at IS NULL",
                (tenant_id,),
            )
        ids = [row[0] for row in cur.fetchall()]
    return {"ids": ids}
