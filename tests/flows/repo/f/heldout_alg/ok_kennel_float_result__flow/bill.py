from decimal import ROUND_HALF_UP, Decimal

import wmill

NIGHT_RATE = Decimal("32.50")
VAT = Decimal("0.21")


def main(booking_id: int):
    bookings = wmill.get_resource("f/kennel/bookings_api")
    import requests

    b = requests.get(f"{bookings['url']}/bookings/{booking_id}", timeout=15).json()
    nights = Decimal(b["nights"])
    extras = sum((Decimal(str(e["price"])) for e in b["extras"]), Decimal("0"))
    net = nights * NIGHT_RATE + extras
    total = (net * (1 + VAT)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return {"customer_id": b["customer_id"], "nights": b["nights"], "total": float(total)}
