import snowflake.connector


def main(connections: dict, query_tag: str, tables: list):
    sf = connections["warehouse"]
    conn = snowflake.connector.connect(
        account=sf["account_identifier"],
        user=sf["username"],
        password=sf["password"],
        warehouse=sf["warehouse"],
        session_parameters={"QUERY_TAG": query_tag},
    )
    counts = {}
    with conn.cursor() as cur:
        for t in tables:
            cur.execute(f"select count(*) from {t}")
            counts[t] = cur.fetchone()[0]
    return {"counts": counts, "bucket": connections["exports"]["bucket"]}
