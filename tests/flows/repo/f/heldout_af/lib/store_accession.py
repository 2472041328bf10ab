from typing import Literal

import wmill


def main(
    accession_id: str,
    species: str,
    storage: Literal["cold", "ambient", "cryo"],
    seed_count: int,
    viability_pct: float = 100.0,
    notes: str = "",
):
    db = wmill.get_resource("f/seedbank/inventory")
    import psycopg2

    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "insert into accessions (id, species, storage, seeds, viability, notes) values (%s,%s,%s,%s,%s,%s)",
            (accession_id, species, storage, seed_count, viability_pct, notes),
        )
    return {"accession_id": accession_id, "storage": storage}
