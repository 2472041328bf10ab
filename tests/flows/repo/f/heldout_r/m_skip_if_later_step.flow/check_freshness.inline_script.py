def main(max_age_minutes: int = 60):
    return {"fresh": False, "max_age_minutes": max_age_minutes}
