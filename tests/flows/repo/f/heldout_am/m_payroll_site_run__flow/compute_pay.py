from collections import defaultdict

import holidays


def main(timesheets: list, rates: dict, overtime_multiplier: float, holiday_calendar: str):
    public = holidays.country_holidays(holiday_calendar)
    hours = defaultdict(lambda: {"regular": 0.0, "overtime": 0.0})
    for row in timesheets:
        bucket = "overtime" if row["day"] in public or row["hours"] > 8 else "regular"
        hours[row["employee_id"]][bucket] += row["hours"]
    lines = []
    for emp, h in hours.items():
        rate = rates[emp]
        gross = round(h["regular"] * rate + h["overtime"] * rate * overtime_multiplier, 2)
        lines.append({"employee_id": emp, "gross": gross, **h})
    return {"lines": lines, "total_gross": round(sum(l["gross"] for l in lines), 2)}
