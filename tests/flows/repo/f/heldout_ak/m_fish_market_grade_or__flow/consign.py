import wmill


def main(boat: str, crates: int, buyer: str):
    quay = wmill.get_resource("f/fish_market/quay_system")
    return {"boat": boat, "crates": crates, "buyer": buyer, "dock": quay["dock"]}
