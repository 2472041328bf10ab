def main(ticket: str):
    return {"paged": True, "ticket": ticket}
