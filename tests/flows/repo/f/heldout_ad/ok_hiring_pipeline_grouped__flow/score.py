KEYWORDS = {"python": 3, "postgres": 2, "kubernetes": 2, "on-call": 1, "terraform": 1}


def main(application: dict):
    text = " ".join(a.get("answer") or "" for a in application["answers"]).lower()
    score = sum(w for k, w in KEYWORDS.items() if k in text)
    return {
        "candidate_id": application["candidate_id"],
        "application_id": application["application_id"],
        "stage": application["stage"],
        "score": score,
    }
