import wmill


def main(pantry: str):
    inv = wmill.get_resource("f/pantry/inventory")
    shelf = inv["pantries"][pantry]
    return {"rice_kg": shelf["rice_kg"], "pasta_kg": shelf["pasta_kg"], "tins": shelf["tins"]}
