# SDK: wmill 1.850.0 client.py: the body replays after every task; RandomForestRegressor without random_state bootstraps with numpy's global generator (OS-seeded in each round's process), so the fields chosen for irrigation differ between rounds while the irrigate keys replay the first round's calls
"""Forecast soil moisture per field and schedule irrigation where it falls below the threshold."""

import pandas as pd
from sklearn.ensemble import RandomForestRegressor

from wmill import task, workflow

FEATURES = ["rain_7d_mm", "et0_mm", "clay_pct", "moisture_now"]


@task(timeout=300)
async def load_history(farm_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/farms/{farm_id}/moisture-history")
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def irrigate(field_id: str, millimetres: int) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post("https://agri.example/api/irrigation/schedule", json={"field": field_id, "mm": millimetres})
        r.raise_for_status()
        return r.json()


@workflow
async def main(farm_id: str, threshold: float = 0.22):
    data = await load_history(farm_id)
    history = pd.DataFrame(data["history"])
    today = pd.DataFrame(data["today"])
    model = RandomForestRegressor(n_estimators=300, min_samples_leaf=3)  # expect: WAC102
    model.fit(history[FEATURES], history["moisture_next"])
    today["forecast"] = model.predict(today[FEATURES])
    scheduled = []
    for row in today[today["forecast"] < threshold].itertuples():
        scheduled.append(await irrigate(row.field_id, 12))
    return {"scheduled": len(scheduled)}
