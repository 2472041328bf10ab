import wmill


def main(batch_id: str, reason: str):
    lims = wmill.get_resource("f/dairy/lims")
    return {"held": batch_id, "reason": reason, "lab": lims["lab_queue"]}
