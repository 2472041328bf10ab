from typing import Optional


def main(to: str, subject: str, body: str, cc: Optional[list] = None, html: bool = False):
    return {"to": to, "subject": subject, "queued": True}
