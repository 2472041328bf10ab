# SDK: wmill 1.850.0 checkpoints a task's result (`_next_step` returns it on replay); the manifest's text comes from a task, and this class's `__iter__` only parses the text it holds, so unpacking it in the body does no I/O
"""Receive a tonewood shipment; the manifest is fetched by a task and parsed in the body."""

from __future__ import annotations

import csv
import io

import requests

from wmill import task, workflow


class CsvText:
    def __init__(self, text: str):
        self.text = text

    def __iter__(self):
        yield from csv.reader(io.StringIO(self.text))


@task(timeout=300)
async def download_manifest(url: str) -> str:
    r = requests.get(url, timeout=60)
    r.raise_for_status()
    return r.text


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
    header, *rows = CsvText(await download_manifest(manifest_url))
    idx = {name: i for i, name in enumerate(header)}
    graded = []
    for row in rows:
        graded.append(await grade_billet(row[idx["species"]], row[idx["billet"]], float(row[idx["moisture"]])))
    return {"billets": len(graded), "grades": [g["grade"] for g in graded]}
