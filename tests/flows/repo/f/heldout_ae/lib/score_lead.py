"""Scores an inbound lead from its e-mail domain and company size."""
import requests


def main(email: str, company: str, employees: int = 0, weights: dict = None, min_score: int = 50):
    weights = weights or {"domain": 0.4, "size": 0.6}
    domain = email.split("@")[-1].lower()
    free_mail = domain in {"gmail.com", "yahoo.com", "outlook.com", "gmx.de"}
    resp = requests.get(f"https://clearbit.internal/companies/{domain}", timeout=15)
    known = resp.status_code == 200
    score = 0.0
    score += (0 if free_mail else 100) * weights.get("domain", 0.4)
    score += min(employees, 1000) / 10 * weights.get("size", 0.6)
    if known:
        score += 10
    return {
        "email": email,
        "company": company,
        "score": round(score),
        "qualified": score >= min_score,
        "segment": "enterprise" if employees >= 500 else "smb",
    }
