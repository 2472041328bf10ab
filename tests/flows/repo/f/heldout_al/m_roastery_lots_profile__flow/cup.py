def main(lot: dict):
    return {"lot": lot["code"], "score": lot.get("cupping", 0)}
