import wmill


def main(imo: str, berth: str, window: dict, pilot: str, tugs: int = 1, approved_by: str | None = None):
    vts = wmill.get_resource("f/harbour/vts_api")
    return {
        "imo": imo,
        "berth": berth,
        "window": window,
        "pilot": pilot,
        "tugs": tugs,
        "approved_by": approved_by,
        "vts": vts["url"],
    }
