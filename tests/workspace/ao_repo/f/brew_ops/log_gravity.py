"""Append a gravity reading to the fermentation log."""

import wmill


def main(vessel: str, sg: float, note: str = ""):
    db = wmill.datatable()
    db.query(
        "insert into gravity_log (vessel, sg, note) values ($1, $2, $3)", vessel, sg, note
    ).fetch()
    return {"vessel": vessel, "sg": sg}
