def main(charge_id: str, decision: dict, approvers: list[str]):
    print(charge_id, decision, approvers)
    return {
        "approved": bool(decision.get("approved")),
        "amount_cents": decision.get("amount_cents"),
        "reason": decision.get("reason", "requested_by_customer"),
    }
