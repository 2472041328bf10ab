def main(day: str):
    return {"key": f"etl/refunds/{day}.parquet", "rows": 0}
