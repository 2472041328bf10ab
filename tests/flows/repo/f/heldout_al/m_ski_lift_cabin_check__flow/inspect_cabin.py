import wmill


def main(lift: str, cabin: int):
    scada = wmill.get_resource("f/ski/scada")
    return {"lift": lift, "cabin": cabin, "ok": True, "panel": scada["panel"]}
