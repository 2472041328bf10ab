def main(full_name: str, personal_email: str, start_date: str):
    first, _, last = full_name.lower().partition(" ")
    return {"work_email": f"{first}.{last}@example.com", "start_date": start_date}
