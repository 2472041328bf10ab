FREEMAIL = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com"}


def main(leads: list):
    return [
        {**lead, "email": lead["email"].strip().lower()}
        for lead in leads
        if lead.get("email") and lead["email"].split("@")[-1].lower() not in FREEMAIL
    ]
