def main(email: str):
    domain = email.split("@")[-1]
    return {"domain": domain, "crm_account_id": f"ACC-{abs(hash(domain)) % 100000:05d}"}
