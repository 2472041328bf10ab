def main(warehouse: dict, tickets: list, next_cursor: str = None):
    # COPY INTO via the loader service
    return {"loaded": len(tickets), "next_cursor": next_cursor}
