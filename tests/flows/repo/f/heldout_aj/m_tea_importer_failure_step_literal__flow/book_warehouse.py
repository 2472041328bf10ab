import wmill


def main(declaration_id: str, pallets: int):
    wh = wmill.get_resource("f/tea/bonded_warehouse")
    bay = f"B{(hash(declaration_id) % wh['bays']) + 1:02d}"
    return {"bay": bay, "pallets": pallets, "declaration_id": declaration_id}
