import wmill
import psycopg2


def main(report_id: str, line_id: str, approved: bool, comment: str = ""):
    conn = psycopg2.connect(**wmill.get_resource("f/heldout_ang/finance_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE expense_lines SET status = %s, reviewer_comment = %s WHERE report_id = %s AND id = %s",
            ("approved" if approved else "rejected", comment, report_id, line_id),
        )
    return {"line_id": line_id, "approved": approved, "comment": comment}
