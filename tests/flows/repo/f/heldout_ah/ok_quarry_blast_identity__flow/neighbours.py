import wmill


def main(lat: float, lon: float, radius_m: int):
    db = wmill.get_resource("f/quarry/gis")
    import psycopg2

    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "select address from parcels where st_dwithin(geom::geography, st_makepoint(%s, %s)::geography, %s)",
            (lon, lat, radius_m),
        )
        return {"addresses": [row[0] for row in cur.fetchall()]}
