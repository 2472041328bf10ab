def main(ticket_id: str, queue: str):
    return {"sent": True, "template": f"ack-{queue}"}
