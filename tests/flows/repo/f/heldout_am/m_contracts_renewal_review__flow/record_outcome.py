import wmill
import psycopg2


def main(contract_id: str, outcome: str):
    db = wmill.get_resource("f/heldout_am/crm_pg")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute("UPDATE contracts SET renewal_status = %s WHERE id = %s", (outcome, contract_id))
    return {"contract_id": contract_id, "outcome": outcome}
