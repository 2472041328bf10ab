# Pre-2023 AMR sync. Replaced by f/meters/nightly_reads; kept for reference.
import requests


def main(meter_ids: list):
    out = []
    for mid in meter_ids:
        out.append(requests.get(f"http://amr-legacy.riverbend.internal/read/{mid}", timeout=10).json())
    return out
