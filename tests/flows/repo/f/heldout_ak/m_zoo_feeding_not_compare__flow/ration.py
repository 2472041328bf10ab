import wmill


def main(enclosure: str):
    plan = wmill.get_resource("f/zoo/diet_plan")
    return {"enclosure": enclosure, "grams": plan["rations"].get(enclosure, 0)}
