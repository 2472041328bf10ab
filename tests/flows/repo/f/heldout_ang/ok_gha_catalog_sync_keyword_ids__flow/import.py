import wmill
import psycopg2


def main(schema_name: str):
    conn = psycopg2.connect(**wmill.get_resource("f/heldout_ang/warehouse"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT table_name, obj_description(format('%%I.%%I', table_schema, table_name)::regclass) "
            "FROM information_schema.tables WHERE table_schema = %s",
            (schema_name,),
        )
        tables = [{"name": name, "comment": comment or ""} for name, comment in cur.fetchall()]
    return {"tables": tables, "count": len(tables)}
