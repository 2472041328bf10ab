from statistics import mean, pstdev


def main(talk: dict, weight_spread: float = 0.5):
    scores = talk["reviews"]
    avg = mean(scores)
    spread = pstdev(scores) if len(scores) > 1 else 0.0
    return {
        "code": talk["code"],
        "title": talk["title"],
        "track": talk["track"],
        "score": round(avg - weight_spread * spread, 2),
    }
