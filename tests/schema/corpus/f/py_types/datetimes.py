import datetime
from datetime import date

def main(a: datetime.datetime, b: datetime.date, c: date, d: datetime, e: datetime.time, f: datetime.datetime = datetime.datetime.now(), g: date = None):
    pass
