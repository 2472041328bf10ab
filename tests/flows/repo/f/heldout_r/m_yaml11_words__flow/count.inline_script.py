def main(older_than_days: int = 30):
    return {"count": 0, "older_than_days": older_than_days}
