import wmill


def main(lot_code: str, profile: str):
    roaster = wmill.get_resource("f/roastery/loring")
    return {"roast_id": f"{lot_code}-{profile}", "profile": profile, "drum": roaster["drum"]}
