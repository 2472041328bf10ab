def main(ticket_id: str):
    return {"queue": "incident", "paged": True, "ticket_id": ticket_id}
