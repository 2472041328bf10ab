"""Clustering of stops for the weekly plan (a module of plan_week)."""

import math
import random


def distance(a: dict, b: dict) -> float:
    return math.hypot(a["lat"] - b["lat"], a["lng"] - b["lng"])


def centroid(points: list[dict]) -> dict:
    n = max(len(points), 1)
    return {"lat": sum(p["lat"] for p in points) / n, "lng": sum(p["lng"] for p in points) / n}


def cluster_stops(stops: list[dict], k: int) -> list[list[dict]]:
    seeds = random.sample(stops, min(k, len(stops)))
    groups: list[list[dict]] = [[] for _ in seeds]
    for stop in stops:
        best = min(range(len(seeds)), key=lambda i: distance(stop, seeds[i]))
        groups[best].append(stop)
    return [g for g in groups if g]
