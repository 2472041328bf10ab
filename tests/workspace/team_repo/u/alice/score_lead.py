def main(email: str, signals: dict, threshold: float = 0.5):
    score = min(1.0, 0.1 * len(signals))
    return {"email": email, "score": score, "hot": score >= threshold}
