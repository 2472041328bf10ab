import wmill


def main():
    marina = wmill.get_resource("f/harbour/marina_db")
    return [{"berth": b["code"], "length_m": b["length_m"], "free": b["occupant"] is None} for b in marina["berths"]]
