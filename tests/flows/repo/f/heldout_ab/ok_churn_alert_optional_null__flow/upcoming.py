from typing import Optional

import psycopg2
import wmill


def main(within_days: int, region: Optional[str], exclude_plans: list[str], dry_run: bool = False):
    conn = psycopg2.connect(**wmill.get_resource("f/cs/billing_db"))
    query = "SELECT account_id, owner_email, renews_on FROM subscriptions WHERE renews_on < current_date + %s"
    params: list = [within_days]
    if region is not None:
        query += " AND region = %s"
        params.append(region)
    if exclude_plans:
        query += " AND NOT (plan = ANY(%s))"
        params.append(exclude_plans)
    with conn, conn.cursor() as cur:
        cur.execute(query, params)
        rows = cur.fetchall()
    renewals = [{"account_id": a, "owner": o, "renews_on": d.isoformat()} for a, o, d in rows]
    if dry_run:
        print(f"{len(renewals)} renewals found")
    return {"renewals": renewals}
