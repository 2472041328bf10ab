import psycopg2


def main(db: dict, permit_id: int, payment_status: str):
    if payment_status != "succeeded":
        return {"permit_id": permit_id, "extended": False}
    conn = psycopg2.connect(**db)
    with conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE permits SET expires_on = expires_on + interval '1 year' WHERE id = %s",
            (permit_id,),
        )
    return {"permit_id": permit_id, "extended": True}
