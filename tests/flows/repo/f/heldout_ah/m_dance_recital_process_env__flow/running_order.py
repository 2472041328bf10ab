import wmill


def main(recital_id: str):
    db = wmill.get_resource("f/dance/studio_db")
    import psycopg2

    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute("select title from recitals where id = %s", (recital_id,))
        (title,) = cur.fetchone()
        cur.execute("select class_name, song from acts where recital_id = %s order by slot", (recital_id,))
        acts = [{"class": c, "song": s} for c, s in cur.fetchall()]
        cur.execute("select email, array_agg(child) from enrolments where recital_id = %s group by email", (recital_id,))
        families = [{"email": e, "children": kids} for e, kids in cur.fetchall()]
    return {"title": title, "acts": acts, "families": families}
