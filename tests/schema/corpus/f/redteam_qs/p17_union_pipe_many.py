from datetime import date, datetime


def main(
    a: int | str,
    b: str | int | None = None,
    c: list[int] | None = None,
    d: dict[str, int] | None = None,
    e: datetime | None = None,
    f: date = date(2024, 1, 1),
    g: float | int = 1,
):
    return a
