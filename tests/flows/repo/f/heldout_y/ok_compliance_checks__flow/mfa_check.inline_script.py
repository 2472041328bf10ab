def main():
    users = [{"name": "a", "mfa": True}, {"name": "b", "mfa": True}]
    missing = [u["name"] for u in users if not u["mfa"]]
    return {"check": "mfa", "passed": not missing, "details": missing}
