def main(max_age_days: int = 90):
    keys = [{"id": "AKIA1", "age_days": 12}]
    old = [k["id"] for k in keys if k["age_days"] > max_age_days]
    return {"check": "key_age", "passed": not old, "details": old}
