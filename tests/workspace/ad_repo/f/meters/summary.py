"""Formatting of meter readings for the operations channel."""

from f.common.units import to_m3


def reading_line(reading: dict) -> str:
    when = reading["read_at"].strftime("%d %b %H:%M")
    return f"{reading['meter_id']}: {to_m3(reading['litres'] / 3.785):.3f} m³ at {when}"


def plain_line(reading: dict) -> str:
    return f"{reading['meter_id']}: {reading['litres']:.0f} L ({reading['read_at']})"
