import wmill
import psycopg2


def main(permit_id: str, decision: str, conditions: str = "") -> dict:
    db = wmill.get_resource("f/permits/records_db")
    status = "APPROVED" if decision == "approved" else "RETURNED"
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "update permits set status = %s, conditions = %s, reviewed_at = now() where id = %s",
            (status, conditions, permit_id),
        )
    return {"permit_id": permit_id, "status": status}
