from typing import Optional


def main(email: str, full_name: str = "", company_domain: Optional[str] = None):
    email = email.strip().lower()
    first, _, last = full_name.strip().partition(" ")
    domain = company_domain or email.split("@")[-1]
    return {
        "email": email,
        "first_name": first,
        "last_name": last,
        "domain": domain,
    }
