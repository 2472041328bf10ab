def main(walk: dict, attachments: list):
    links = "\n".join(attachments)
    return [
        {
            "email": p["email"],
            "phone": p.get("phone"),
            "text": (
                f"Hi {p['first_name']},\n\nWe meet at {walk['meeting_point']} on {walk['date']}.\n"
                f"Please read before you come:\n{links}\n"
            ),
        }
        for p in walk["participants"]
    ]
