def main(account_id: str, plan: str, seats: int):
    return {"account_id": account_id, "fields": {"plan": plan, "seats": seats}}
