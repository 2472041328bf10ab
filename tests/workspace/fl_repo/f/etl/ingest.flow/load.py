def main(rows: list, table: str):
    return {"table": table, "count": len(rows)}
