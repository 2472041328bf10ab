import wmill


def main(plot: str, member_id: int, accepted: bool = False):
    state = wmill.get_resource("f/allotments/plot_register")
    state.setdefault("plots", {})[plot] = {"member": member_id if accepted else None}
    wmill.set_resource(state, "f/allotments/plot_register")
    return {"plot": plot, "accepted": accepted}
