"""Pre-analytical specimen stability limits (hours from collection)."""

from f.lab.clock import hours_since

LIMITS_H = {
    "serum": 48,
    "plasma_edta": 24,
    "whole_blood": 8,
    "urine": 2,
    "csf": 1,
}


def limit_for(specimen_type: str) -> int:
    return LIMITS_H.get(specimen_type, 4)


def is_expired(collected_at: str, specimen_type: str) -> bool:
    return hours_since(collected_at) > limit_for(specimen_type)


def age_hours_at(collected_at: str, received_at: str) -> float:
    from datetime import datetime

    delta = datetime.fromisoformat(received_at) - datetime.fromisoformat(collected_at)
    return delta.total_seconds() / 3600
