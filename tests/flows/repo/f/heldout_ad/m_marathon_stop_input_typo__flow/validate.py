import re
from datetime import date


def main(first_name: str, last_name: str, birth_date: str, email: str, distance: str):
    if not re.match(r"[^@]+@[^@]+\.[a-z]{2,}$", email):
        raise ValueError(f"invalid email {email!r}")
    born = date.fromisoformat(birth_date)
    age = (date(2027, 4, 25) - born).days // 365
    min_age = {"10k": 14, "half": 16, "full": 18}[distance]
    if age < min_age:
        raise ValueError(f"runners of the {distance} must be {min_age} on race day")
    return {"age": age, "age_group": f"M{age // 5 * 5}" if age >= 35 else "open"}
