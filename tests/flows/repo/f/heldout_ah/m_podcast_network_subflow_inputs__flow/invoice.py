import wmill


def main(sponsor: str, reads: int):
    rate = float(wmill.get_variable("f/podcasts/ad_read_rate"))
    return {"sponsor": sponsor, "amount": round(reads * rate, 2)}
