import wmill


def main(bin: str, litres: float):
    log = wmill.get_resource("f/vineyard/cellar_log")
    return {"bin": bin, "litres": litres, "tank": log["receiving_tank"]}
