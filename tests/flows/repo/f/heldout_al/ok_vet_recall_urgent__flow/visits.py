import wmill


def main(clinic: str):
    pms = wmill.get_resource("f/vet/pms")
    return [{"pet": v["pet"], "owner_phone": v["phone"], "vaccine": v["vaccine"]} for v in pms["due"]]
