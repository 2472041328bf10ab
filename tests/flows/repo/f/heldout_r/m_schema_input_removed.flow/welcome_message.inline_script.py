def main(email: str, start_date: str):
    return {"sent": email, "on": start_date}
