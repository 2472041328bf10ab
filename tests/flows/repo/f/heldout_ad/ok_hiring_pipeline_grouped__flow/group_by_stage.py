def main(scored: list, min_score: int = 3):
    by_stage = {}
    for c in scored:
        if c["score"] < min_score:
            continue
        entry = by_stage.setdefault(c["stage"], {"stage": c["stage"], "candidates": []})
        entry["candidates"].append({"candidate_id": c["candidate_id"], "score": c["score"]})
    return list(by_stage.values())
