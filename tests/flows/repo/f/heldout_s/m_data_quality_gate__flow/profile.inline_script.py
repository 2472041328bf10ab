import snowflake.connector


def main(conn: dict, table: str, key_column: str = "id"):
    db = snowflake.connector.connect(**conn)
    cur = db.cursor()
    cur.execute(
        f"SELECT count(*), count_if({key_column} IS NULL), count(*) - count(DISTINCT {key_column}) FROM {table}"
    )
    rows, null_keys, dupes = cur.fetchone()
    db.close()
    return dict(
        row_count=rows,
        null_key_share=(null_keys / rows) if rows else 0.0,
        duplicate_keys=dupes,
    )
