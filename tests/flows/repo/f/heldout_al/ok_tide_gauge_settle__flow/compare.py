def main(level_cm: float, previous_cm: float | None = None):
    delta = abs(level_cm - previous_cm) if previous_cm is not None else None
    return {"level_cm": level_cm, "delta_cm": delta, "settled": delta is not None and delta < 0.5}
