def main(reads: list, ratio: float = 1.8):
    flagged = [r for r in reads if r["prev_m3"] and r["m3"] / r["prev_m3"] >= ratio]
    return {"flagged": flagged, "checked": len(reads)}
