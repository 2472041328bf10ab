def main(readings: list, tolerance_cm: float = 12):
    flagged = []
    for r in readings:
        delta = r["level_cm"] - r["design_cm"]
        if abs(delta) > tolerance_cm:
            flagged.append({"lock_id": r["lock_id"], "delta_cm": round(delta, 1)})
    return flagged
