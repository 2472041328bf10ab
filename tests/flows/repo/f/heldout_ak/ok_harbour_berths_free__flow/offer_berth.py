def main(yacht: str, candidates: list):
    if not candidates:
        return {"yacht": yacht, "berth": None}
    best = min(candidates, key=lambda b: b["length_m"])
    return {"yacht": yacht, "berth": best["berth"]}
