import psycopg2
from psycopg2.extras import execute_values


def main(warehouse: dict, contacts: list[dict]):
    if not contacts:
        return {"upserted": 0}
    conn = psycopg2.connect(**{k: warehouse[k] for k in ("host", "port", "dbname", "user", "password")})
    with conn, conn.cursor() as cur:
        execute_values(
            cur,
            """
            INSERT INTO crm.contacts (id, email, first_name, last_name, company, stage)
            VALUES %s
            ON CONFLICT (id) DO UPDATE SET email = excluded.email, first_name = excluded.first_name,
              last_name = excluded.last_name, company = excluded.company, stage = excluded.stage
            """,
            [
                (c["id"], c.get("email"), c.get("firstname"), c.get("lastname"), c.get("company"), c.get("lifecyclestage"))
                for c in contacts
            ],
        )
    return {"upserted": len(contacts)}
