import wmill


def main(cost_center: str, amount: float):
    budgets = wmill.get_variable("f/heldout_am/budgets_json")
    import json

    remaining = json.loads(budgets).get(cost_center, 0)
    return {"cost_center": cost_center, "remaining": remaining, "fits": amount <= remaining}
