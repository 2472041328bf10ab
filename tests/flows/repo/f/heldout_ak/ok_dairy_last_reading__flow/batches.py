import wmill


def main(tank: str):
    lims = wmill.get_resource("f/dairy/lims")
    rows = sorted(lims["batches"], key=lambda b: b["filled_at"])
    return [{"batch_id": b["id"], "filled_at": b["filled_at"]} for b in rows if b["tank"] == tank]
