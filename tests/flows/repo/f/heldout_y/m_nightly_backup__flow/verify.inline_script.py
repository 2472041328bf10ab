def main(key: str):
    return {"ok": key.endswith(".sql.gz")}
