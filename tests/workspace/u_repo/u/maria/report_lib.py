"""Maria's helpers for the weekly quality report."""

import random
import statistics


def sample_tickets(ticket_ids: list[str], n: int) -> list[str]:
    return random.sample(ticket_ids, min(n, len(ticket_ids)))


def first_n(ticket_ids: list[str], n: int) -> list[str]:
    return sorted(ticket_ids)[:n]


def median_minutes(durations: list[float]) -> float:
    return statistics.median(durations) if durations else 0.0
