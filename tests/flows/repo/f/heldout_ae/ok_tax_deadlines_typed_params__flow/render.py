import base64
from datetime import date


def main(client: dict, letterhead: bytes, due: str):
    body = (
        f"Dear {client['name']},\n\nyour VAT return is due on {date.fromisoformat(due).strftime('%d.%m.%Y')}. "
        "Please send us your receipts at least five working days before.\n"
    )
    pdf = letterhead + body.encode("utf-8")
    return {"client_id": client["id"], "pdf_b64": base64.b64encode(pdf).decode()}
