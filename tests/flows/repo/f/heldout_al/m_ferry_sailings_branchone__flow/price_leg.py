def main(leg: dict, vehicle: str):
    base = 42.0 if vehicle == "car" else 9.5
    return {"leg": leg["code"], "fare": base * leg["factor"]}
