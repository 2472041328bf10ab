import wmill


def main(rows: list, site: str):
    sheet = wmill.get_resource("f/brewery/brew_sheet")
    lines = [f"{r['tank_no']}: {r['beer']} {r['gravity_sg']:.3f} @ {r['temp_c']}C" for r in rows]
    return {"site": site, "sheet": sheet["id"], "lines": lines}
