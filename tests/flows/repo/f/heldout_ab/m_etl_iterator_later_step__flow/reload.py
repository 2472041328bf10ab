import duckdb


def main(day: str):
    con = duckdb.connect("md:analytics")
    con.execute(f"DELETE FROM events WHERE event_date = DATE '{day}'")
    con.execute(
        f"INSERT INTO events SELECT * FROM read_parquet('s3://acme-raw-events/dt={day}/*.parquet')"
    )
    return {"day": day}
