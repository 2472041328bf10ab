def main(lead_ids: list[str]):
    scored = [{"id": i, "score": (hash(i) % 100)} for i in lead_ids]
    hot = [s for s in scored if s["score"] >= 70]
    return {"hot": hot, "count": len(scored)}
