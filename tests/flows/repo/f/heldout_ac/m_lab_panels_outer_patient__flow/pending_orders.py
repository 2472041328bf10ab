import wmill
import psycopg2


def main(lab: str, limit: int = 200):
    conn = psycopg2.connect(**wmill.get_resource("f/lab/lis_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            """
            SELECT o.patient_id, o.mrn, p.code, p.specimen
            FROM orders o JOIN order_panels p ON p.order_id = o.id
            WHERE o.lab = %s AND o.status = 'received'
            ORDER BY o.received_at LIMIT %s
            """,
            (lab, limit),
        )
        rows = cur.fetchall()
    grouped: dict[str, dict] = {}
    for patient_id, mrn, code, specimen in rows:
        entry = grouped.get(patient_id)
        if entry is None:
            entry = {"patient_id": patient_id, "mrn": mrn, "panels": []}
            grouped[patient_id] = entry
        entry["panels"].append({"code": code, "specimen": specimen})
    return list(grouped.values())
