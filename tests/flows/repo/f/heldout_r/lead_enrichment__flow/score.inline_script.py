def main(lead: dict, company: dict | None = None):
    score = 10
    if company:
        employees = (company.get("metrics") or {}).get("employees") or 0
        score += min(employees // 50, 60)
    if lead["domain"].endswith((".gmail.com", "gmail.com")):
        score -= 20
    tier = "enterprise" if score >= 60 else "smb"
    return {"score": score, "tier": tier}
