import wmill
import psycopg2


def main():
    db = wmill.get_resource("f/garden/members_db")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT email FROM plot_holders WHERE active "
            "UNION ALL SELECT email FROM volunteers WHERE newsletter"
        )
        rows = cur.fetchall()
    # people who hold a plot and volunteer get one copy
    return sorted({email.strip().lower() for (email,) in rows if email})
