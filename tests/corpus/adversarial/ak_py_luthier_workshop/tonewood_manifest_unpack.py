# SDK: wmill 1.850.0 replays the body each round; unpacking `header, *rows = RemoteCsv(url)` iterates the object, which calls the class's `__iter__`, and that downloads the supplier's manifest with requests in the body on every replay
"""Receive a tonewood shipment: the supplier's manifest is read through a Luigi-style
target object that streams its lines."""

from __future__ import annotations

import csv
import io

import requests

from wmill import task, workflow


class RemoteCsv:
    """A Luigi-like target over a CSV the supplier publishes."""

    def __init__(self, url: str):
        self.url = url

    def __iter__(self):
        text = requests.get(self.url, timeout=60).text
        yield from csv.reader(io.StringIO(text))


@task(timeout=600)
async def grade_billet(species: str, billet_id: str, moisture: float) -> dict:
    r = requests.post(
        "https://workshop.luthier.example/api/billets",
        json={"species": species, "id": billet_id, "moisture": moisture},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(manifest_url: str):
    header, *rows = RemoteCsv(manifest_url)  # expect: WAC101
    idx = {name: i for i, name in enumerate(header)}
    graded = []
    for row in rows:
        graded.append(await grade_billet(row[idx["species"]], row[idx["billet"]], float(row[idx["moisture"]])))
    return {"billets": len(graded), "grades": [g["grade"] for g in graded]}
