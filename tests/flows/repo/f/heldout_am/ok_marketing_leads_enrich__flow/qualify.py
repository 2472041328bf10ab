def main(scored: list, min_score: int = 60):
    rows = [s for s in scored if s["score"] >= min_score]
    return {"rows": rows, "count": len(rows)}
