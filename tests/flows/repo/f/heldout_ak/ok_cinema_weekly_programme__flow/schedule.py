def main(films: list, screens: int, max_per_day: int = 5):
    shows = []
    for i, film in enumerate(films):
        screen = i % screens + 1
        per_day = min(max_per_day, max(1, 900 // (film["runtime_min"] + 20)))
        shows.append({"title": film["title"], "screen": screen, "per_day": per_day, "price_cents": film["price_cents"]})
    return {"shows": shows}
