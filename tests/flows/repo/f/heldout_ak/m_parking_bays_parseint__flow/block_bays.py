from typing import TypedDict

import wmill


class Window(TypedDict):
    start: str
    end: str


def main(street: str, bays: list[int], window: Window):
    booking = wmill.get_resource("f/parking/booking_api")
    blocked = [b for b in bays if b > 0]
    return {"street": street, "blocked": blocked, "api": booking["url"], "window": window}
