import wmill


def main(line: str):
    mes = wmill.get_resource("f/tannery/mes")
    lots = [{"lot": l["id"], "grade": l["grade"], "m2": l["area_m2"]} for l in mes["lines"][line]["finished"]]
    return {"line": line, "lots": lots}
