"""Thin httpx helpers with the operator's user agent and timeouts."""

from dataclasses import dataclass

import httpx

UA = {"User-Agent": "westbahn-regional-ops/2.3 (+ops@westbahn-regional.at)"}


@dataclass
class Feed:
    url: str
    version: str
    trips: int


def fetch_json(url: str, params: dict | None = None) -> dict:
    resp = httpx.get(url, params=params, headers=UA, timeout=20)
    resp.raise_for_status()
    return resp.json()


def post_json(url: str, body: dict) -> dict:
    resp = httpx.post(url, json=body, headers=UA, timeout=20)
    resp.raise_for_status()
    return resp.json()


def feed_info(url: str) -> Feed:
    meta = fetch_json(url + "/feed_info.json")
    return Feed(url=url, version=meta["feed_version"], trips=int(meta["trip_count"]))
