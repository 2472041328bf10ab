from datetime import date, timedelta

import wmill
import psycopg2


def main(clinic_id: str, days_ahead: int = 14):
    db = wmill.get_resource("f/vet/clinic_db")
    conn = psycopg2.connect(**db)
    until = date.today() + timedelta(days=days_ahead)
    with conn, conn.cursor() as cur:
        cur.execute(
            """
            SELECT o.email, o.first_name, p.name, v.vaccine, v.due_on
            FROM vaccinations v
            JOIN pets p ON p.id = v.pet_id
            JOIN owners o ON o.id = p.owner_id
            WHERE p.clinic_id = %s AND v.due_on <= %s AND NOT v.reminded
            """,
            (clinic_id, until),
        )
        rows = cur.fetchall()
    by_owner = {}
    for email, first_name, pet, vaccine, due_on in rows:
        by_owner.setdefault(email, {"first_name": first_name, "pets": []})
        by_owner[email]["pets"].append({"pet": pet, "vaccine": vaccine, "due_on": due_on.isoformat()})
    return by_owner
