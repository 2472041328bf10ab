def main(by_rank: dict):
    needs_work = sorted((r for r, w in by_rank.items() if w is not None and w > 5), key=lambda r: -by_rank[r])
    return {"needs_work": needs_work, "failed": [r for r, w in by_rank.items() if w is None]}
