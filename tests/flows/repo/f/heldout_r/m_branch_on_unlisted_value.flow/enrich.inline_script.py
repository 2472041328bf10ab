def main(ticket_id: str, plan: str = "free"):
    return {"id": ticket_id, "plan": plan, "vip": False}
