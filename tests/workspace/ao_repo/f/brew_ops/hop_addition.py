"""Record a dry-hop addition against a batch."""

import wmill


def main(batch: dict, grams: int):
    db = wmill.datatable()
    db.query(
        "insert into hop_additions (batch_id, grams) values ($1, $2)", batch["batch_id"], grams
    ).fetch()
    return {"batch_id": batch["batch_id"], "grams": grams}
