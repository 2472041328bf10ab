import wmill


def main(week: str):
    sheet = wmill.get_resource("f/shearing/bookings_sheet")
    return [row for row in sheet["rows"] if row["week"] == week]
