def main(submission_id: str, curve: float = 0.0):
    raw = 70.0
    return {"submission_id": submission_id, "score": min(100.0, raw + curve)}
