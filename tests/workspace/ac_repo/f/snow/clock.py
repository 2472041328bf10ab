"""Snow-desk date helpers: pure, unlike f/common/clock.py of the same names."""


def today_local(iso_stamp: str) -> str:
    return iso_stamp[:10]


def season_day(opening: str, today: str) -> int:
    from datetime import date

    return (date.fromisoformat(today) - date.fromisoformat(opening)).days
