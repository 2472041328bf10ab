def main(email: str, full_name: str, company: str = "", tags: list[str] | None = None):
    return {"email": email, "name": full_name, "company": company, "tags": tags or []}
