import datetime
from datetime import date, datetime as dt


def main(
    a: date,
    b: dt,
    c: datetime.date,
    d: datetime.datetime,
    e: date | None = None,
    f: list[date] = [],
    g: datetime.time = None,
    h: datetime.timedelta = None,
):
    return a
