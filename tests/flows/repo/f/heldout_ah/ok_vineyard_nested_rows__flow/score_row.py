def main(row: int, humidity: float, threshold: float = 0.6):
    import requests

    photos = requests.get(f"https://scout.example/rows/{row}/photos", timeout=20).json()
    scores = [p["mildew_score"] for p in photos]
    worst = max(scores, default=0.0)
    return {"row": row, "worst": worst, "infected": worst >= threshold or humidity > 90}
