import wmill


def main(oven: str):
    probes = wmill.get_resource("f/bakery/probes")
    return {"oven": oven, "temp_c": probes[oven], "hot": probes[oven] >= 220}
