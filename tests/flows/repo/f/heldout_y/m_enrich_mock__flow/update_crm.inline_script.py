from typing import Optional


def main(domain: str, industry: str, headcount: Optional[int] = None):
    return {"domain": domain, "updated": ["industry"] + (["headcount"] if headcount else [])}
