# SDK: wmill 1.850.0 re-runs the workflow body in every round; here every dataset of the catalog is a `MemoryDataset` (a Python attribute), so `catalog.save(...)` only keeps the frame in memory; polars `filter` / `to_list` are computations on it
"""Maceration log for the tincture room, ported from a Kedro pipeline with an
in-memory catalog; the parquet export is a task of its own."""

import polars as pl

from wmill import task, workflow


class MemoryDataset:
    def __init__(self):
        self._data = None

    def save(self, data):
        self._data = data

    def load(self):
        return self._data


class DataCatalog:
    def __init__(self, datasets: dict):
        self.datasets = datasets

    def save(self, name: str, data) -> None:
        self.datasets[name].save(data)

    def load(self, name: str):
        return self.datasets[name].load()


@task(timeout=600)
async def read_vessel_sensors(room: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://sensors.atelier.example/rooms/{room}/vessels")
        r.raise_for_status()
        return r.json()["readings"]


@task(timeout=300)
async def export_parquet(room: str, rows: list[dict]) -> str:
    path = f"/tmp/macerated_{room}.parquet"
    pl.DataFrame(rows).write_parquet(path)
    return path


@workflow
async def main(room: str, max_temp_c: float = 22.0):
    catalog = DataCatalog({"readings": MemoryDataset(), "hot": MemoryDataset()})
    readings = await read_vessel_sensors(room)
    frame = pl.DataFrame(readings)
    catalog.save("readings", frame)
    catalog.save("hot", frame.filter(pl.col("temp_c") > max_temp_c))
    hot = catalog.load("hot")["vessel_id"].to_list()
    path = await export_parquet(room, readings)
    return {"room": room, "hot": hot, "export": path}
