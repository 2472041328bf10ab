import wmill


def main(min_bottles: int = 2):
    inv = wmill.get_resource("f/cellar/inventory_sheet")
    wines = []
    for row in inv["rows"]:
        if int(row["bottles"]) < min_bottles:
            continue
        wines.append({"lwin": row["lwin"], "vintage": int(row["vintage"]), "bottles": int(row["bottles"])})
    return wines
