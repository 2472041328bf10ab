def main(domain: str, employees: int, industry_code: str):
    tier = "enterprise" if employees >= 1000 else "mid" if employees >= 100 else "smb"
    return {"domain": domain, "tier": tier, "segment": f"{tier}:{industry_code}"}
