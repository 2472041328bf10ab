import psycopg2


def main(
    db: dict,
    name: str,
    plan: str = "team",
    seats: int = 5,
    annual: bool = False,
    discount: float = 0,
    admins: list = [],
):
    conn = psycopg2.connect(**db)
    with conn, conn.cursor() as cur:
        cur.execute(
            "insert into accounts (name, plan, seats, annual, discount) values (%s, %s, %s, %s, %s) returning id",
            (name, plan, seats, annual, discount),
        )
        (account_id,) = cur.fetchone()
        for email in admins:
            cur.execute("insert into invites (account_id, email) values (%s, %s)", (account_id, email))
    return {"account_id": account_id, "invited": len(admins)}
