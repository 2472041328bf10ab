import psycopg2
import wmill


def main(lookback_days: int, threshold: float):
    conn = psycopg2.connect(**wmill.get_resource("f/cs/analytics_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            """
            SELECT account_id, owner_email,
                   1 - (sum(events) FILTER (WHERE day > current_date - %(half)s))::float
                       / NULLIF(sum(events) FILTER (WHERE day <= current_date - %(half)s), 0) AS drop
            FROM usage.daily_events
            WHERE day > current_date - %(days)s
            GROUP BY account_id, owner_email
            """,
            {"days": lookback_days, "half": lookback_days // 2},
        )
        rows = cur.fetchall()
    at_risk = [
        {"account_id": a, "owner": o, "drop": round(d, 2)}
        for a, o, d in rows
        if d is not None and d > threshold
    ]
    return {"at_risk": at_risk, "scored": len(rows)}
