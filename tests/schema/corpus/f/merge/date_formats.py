import datetime

def main(a: datetime.datetime, b: datetime.datetime, c: datetime.date, d: datetime.date, e: datetime.datetime, f: str, g: str, h: datetime.date):
    pass
