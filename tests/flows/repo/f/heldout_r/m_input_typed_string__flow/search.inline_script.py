def main(zendesk: dict, query: str, max_results: int = 100):
    tickets = [{"id": i, "subject": query} for i in range(max_results)]
    return {"tickets": tickets[: max_results // 2]}
