import psycopg2


def main(
    warehouse: dict,
    invoice_number: str,
    amount_cents: int,
    customer_email: str,
    currency: str = "EUR",
):
    conn = psycopg2.connect(**warehouse)
    with conn, conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO billing.invoices (number, amount_cents, currency, customer_email)
            VALUES (%s, %s, %s, %s)
            ON CONFLICT (number) DO UPDATE
              SET amount_cents = EXCLUDED.amount_cents,
                  customer_email = EXCLUDED.customer_email
            """,
            (invoice_number, amount_cents, currency, customer_email),
        )
    return {"number": invoice_number, "stored": True}
