# SDK: wmill 1.850.0 re-runs the workflow body in every round; `catalog.save("macerated", frame)` runs `ParquetDataset.save`, which writes the frame to the worker's disk with polars `write_parquet(path)` from the body, again in every round after it
"""Maceration log for the tincture room. Ported from a Kedro pipeline: nodes became
tasks, and the DataCatalog (memory datasets and a parquet dataset) came along."""

import polars as pl

from wmill import task, workflow


class MemoryDataset:
    def __init__(self):
        self._data = None

    def save(self, data):
        self._data = data

    def load(self):
        return self._data


class ParquetDataset:
    def __init__(self, filepath: str):
        self.filepath = filepath

    def save(self, data: pl.DataFrame) -> None:
        data.write_parquet(self.filepath)

    def load(self) -> pl.DataFrame:
        return pl.read_parquet(self.filepath)


class DataCatalog:
    def __init__(self, datasets: dict):
        self.datasets = datasets

    def save(self, name: str, data) -> None:
        self.datasets[name].save(data)


@task(timeout=600)
async def read_vessel_sensors(room: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://sensors.atelier.example/rooms/{room}/vessels")
        r.raise_for_status()
        return r.json()["readings"]


@task(timeout=300)
async def flag_vessels(vessel_ids: list[str]) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://lims.atelier.example/flags", json={"vessels": vessel_ids})


@workflow
async def main(room: str, max_temp_c: float = 22.0):
    catalog = DataCatalog({"readings": MemoryDataset(), "macerated": ParquetDataset(f"/tmp/macerated_{room}.parquet")})
    readings = await read_vessel_sensors(room)
    frame = pl.DataFrame(readings)
    catalog.save("readings", frame)
    hot = frame.filter(pl.col("temp_c") > max_temp_c)["vessel_id"].to_list()
    if hot:
        await flag_vessels(hot)
    catalog.save("macerated", frame)  # expect: WAC101
    return {"room": room, "flagged": hot}
