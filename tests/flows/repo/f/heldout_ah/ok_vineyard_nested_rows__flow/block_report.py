def main(block: str, rows: list):
    infected = [r["row"] for r in rows if isinstance(r, dict) and r.get("infected")]
    return {"block": block, "infected_rows": infected}
