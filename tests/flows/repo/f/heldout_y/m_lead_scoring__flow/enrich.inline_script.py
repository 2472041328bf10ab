def main(email: str):
    domain = email.split("@")[-1]
    return {"domain": domain, "employees": 85, "industry": "saas"}
