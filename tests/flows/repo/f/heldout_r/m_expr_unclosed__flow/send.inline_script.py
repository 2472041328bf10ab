def main(emails: list[str], html: str):
    return {"sent": len(emails)}
