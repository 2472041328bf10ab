def main(crm: dict, updated_after: str | None = None):
    return {"contacts": [], "cursor": None}
