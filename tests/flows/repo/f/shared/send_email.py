def main(to: str, subject: str, body: str = ""):
    return {"to": to, "subject": subject, "sent": bool(body)}
