def main(s3_key: str, table: str, warehouse: dict):
    print(f"COPY INTO {table} FROM @stage/{s3_key}")
    return {"table": table, "loaded": True}
