import wmill


def main(bay: str, grades: list):
    stock = wmill.get_resource("f/tea/stock_db")
    rows = [{"bay": bay, **g} for g in grades]
    return {"rows": len(rows), "dsn": stock["host"]}
