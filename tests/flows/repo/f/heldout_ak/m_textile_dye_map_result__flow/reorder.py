import wmill


def main(colour: str, kg: float):
    supplier = wmill.get_resource("f/textile/dye_supplier")
    return {"colour": colour, "kg": kg, "po": supplier["po_prefix"]}
