def main(company: dict, boost_tags: list[str], threshold: float = 0.5):
    score = min(company.get("employees", 0) / 200, 1.0)
    if company.get("industry") in boost_tags:
        score += 0.2
    return {"score": round(score, 2), "qualified": score >= threshold}
