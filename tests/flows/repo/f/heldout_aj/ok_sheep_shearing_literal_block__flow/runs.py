from collections import defaultdict


def main(farms: list, gangs: int = 3, per_day: int = 900):
    by_district = defaultdict(list)
    for farm in farms:
        by_district[farm["district"]].append(farm)
    runs, day, gang = [], 1, 1
    for district, group in sorted(by_district.items()):
        load, batch = 0, []
        for farm in group:
            if load + farm["sheep"] > per_day and batch:
                runs.append({"day": f"day {day}", "gang": gang, "district": district, "farms": batch, "sheep": load})
                gang = gang % gangs + 1
                day += 1 if gang == 1 else 0
                load, batch = 0, []
            batch.append(farm)
            load += farm["sheep"]
        if batch:
            runs.append({"day": f"day {day}", "gang": gang, "district": district, "farms": batch, "sheep": load})
    return runs
