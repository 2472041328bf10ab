from dataclasses import dataclass


@dataclass
class MoveQuote:
    crew_size: int
    hours: float
    total_eur: float


RATE_PER_CREW_HOUR = 42.0


def main(volume_m3: float, distance_km: float, floors_without_lift: int = 0):
    crew = 2 if volume_m3 < 20 else 3 if volume_m3 < 45 else 4
    hours = volume_m3 / (crew * 2.5) + distance_km / 60 + floors_without_lift * 0.5
    total = round(crew * hours * RATE_PER_CREW_HOUR + distance_km * 1.1, 2)
    return MoveQuote(crew_size=crew, hours=round(hours, 1), total_eur=total)
