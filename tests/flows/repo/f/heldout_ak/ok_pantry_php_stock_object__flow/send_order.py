import wmill


def main(pantry: str, lines: list):
    bank = wmill.get_resource("f/pantry/food_bank_portal")
    return {"pantry": pantry, "lines": len(lines), "portal": bank["url"]}
