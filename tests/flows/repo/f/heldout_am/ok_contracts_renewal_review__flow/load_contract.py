import wmill
import psycopg2


def main(contract_id: str):
    db = wmill.get_resource("f/heldout_am/crm_pg")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, customer, annual_value, ends_on, owner_email FROM contracts WHERE id = %s",
            (contract_id,),
        )
        row = cur.fetchone()
    if row is None:
        raise ValueError(f"no contract {contract_id}")
    return {
        "id": row[0],
        "customer": row[1],
        "annual_value": float(row[2]),
        "ends_on": row[3].isoformat(),
        "owner": row[4],
    }
