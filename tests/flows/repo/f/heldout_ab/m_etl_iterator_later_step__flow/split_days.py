from datetime import date, timedelta


def main(start_date: str, end_date: str):
    day = date.fromisoformat(start_date)
    last = date.fromisoformat(end_date)
    days = []
    while day <= last:
        days.append(day.isoformat())
        day += timedelta(days=1)
    return days
