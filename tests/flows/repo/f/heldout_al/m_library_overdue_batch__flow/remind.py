def main(to: str, isbn: str, days_late: int):
    return {"to": to, "isbn": isbn, "subject": f"{days_late} days overdue"}
