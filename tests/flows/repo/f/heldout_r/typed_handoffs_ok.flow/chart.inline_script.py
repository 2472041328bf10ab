def main(rows: list, title: str, scale: float = 1.0):
    return {"title": title, "bars": [(r["region"], r["amount"] * scale) for r in rows]}
