import datetime
import datetime as dt
from datetime import datetime as DateTime, date, time, timedelta


def main(
    a: datetime.datetime,
    b: dt.date,
    c: DateTime,
    d: date,
    e: time = None,
    f: timedelta = None,
    g: datetime.date = datetime.date.today(),
):
    return a
