def main(queue: str, subject: str):
    return {"escalated_to": f"{queue}-tier2", "subject": subject}
