def main(queue: str, ticket_id: str):
    return {"queue": queue, "ticket_id": ticket_id}
