def main(sessions: list, resurface_minutes: int = 15):
    slots = []
    for before, after in zip(sessions, sessions[1:]):
        gap = (after["start_min"] - before["end_min"])
        if gap >= resurface_minutes:
            slots.append({"day": before["day"], "at_min": before["end_min"], "gap": gap})
    return slots
