def main(email: str, children: list, ticket_url: str, programme_url: str):
    names = ", ".join(children)
    print(f"would email {email} about {names}: {ticket_url} / {programme_url}")
    return {"email": email}
