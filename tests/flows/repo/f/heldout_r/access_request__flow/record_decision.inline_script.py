def main(stage: str, approvers: list[str], note: str = ""):
    return {"stage": stage, "approvers": approvers, "note": note}
