"""GIS lookups (pipe segments, valves) for the crews."""

import os

import requests


class GisClient:
    def __init__(self, base_url: str):
        self.base_url = base_url.rstrip("/")

    @classmethod
    def from_env(cls) -> "GisClient":
        return cls(os.environ.get("RIVERBEND_GIS_URL", "https://gis.riverbend.internal"))

    def segments(self, zone: str) -> list[dict]:
        resp = requests.get(f"{self.base_url}/zones/{zone}/segments", timeout=30)
        resp.raise_for_status()
        return resp.json()["segments"]

    @staticmethod
    def valve_label(segment: dict) -> str:
        return f"{segment['id']}/{segment.get('valve', '?')}"


def oldest_first(segments: list[dict]) -> list[dict]:
    return sorted(segments, key=lambda s: (s.get("installed", 9999), s["id"]))
