def main(company: str, admin_email: str):
    first = admin_email.split("@")[0].split(".")[0].capitalize()
    return {"account_id": company.lower().replace(" ", "-"), "admin_first_name": first}
