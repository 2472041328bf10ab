def main(free_by_station: dict, bikes_by_station: dict, target_ratio: float = 0.5):
    surplus, deficit = [], []
    for sid, free in free_by_station.items():
        bikes = bikes_by_station.get(sid, 0)
        total = free + bikes
        if total == 0:
            continue
        target = round(total * target_ratio)
        if bikes > target + 2:
            surplus.append((sid, bikes - target))
        elif bikes < target - 2:
            deficit.append((sid, target - bikes))
    moves = []
    for (src, n), (dst, m) in zip(sorted(surplus, key=lambda x: -x[1]), sorted(deficit, key=lambda x: -x[1])):
        moves.append({"from": src, "to": dst, "bikes": min(n, m)})
    return {"moves": moves, "trucks_needed": (len(moves) + 5) // 6}
