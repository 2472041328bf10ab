import psycopg2
import wmill


def main(incident_id: str):
    incident = wmill.get_resource(f"f/support/incidents/{incident_id}")
    conn = psycopg2.connect(**wmill.get_resource("f/shop/orders_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id FROM orders WHERE created_at BETWEEN %s AND %s AND status = 'failed'",
            (incident["started_at"], incident["resolved_at"]),
        )
        ids = [row[0] for row in cur.fetchall()]
    urls = wmill.get_resume_urls()
    return {"candidates": ids, "approval_page": urls["approvalPage"]}
