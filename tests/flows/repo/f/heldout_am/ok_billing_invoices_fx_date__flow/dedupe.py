def main(rows: list, key: str = "invoice_id"):
    seen = set()
    unique = []
    for row in rows:
        if row[key] in seen:
            continue
        seen.add(row[key])
        unique.append(row)
    return {"rows": unique, "dropped": len(rows) - len(unique)}
