def main(bay: str, moisture_pct: float, target_pct: float):
    seconds = 0 if moisture_pct >= target_pct else 20
    return {"bay": bay, "misted_s": seconds, "wet_enough": moisture_pct >= target_pct}
