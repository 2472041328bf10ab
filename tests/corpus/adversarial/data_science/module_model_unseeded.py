# SDK: wmill 1.850.0 client.py replays the body; an IsolationForest built without random_state draws from numpy's global state when fit in the body, so the flagged rows change.
from sklearn.ensemble import IsolationForest
from wmill import task, workflow


@task()
async def readings(sensor: str) -> list:
    return [[float(i % 5)] for i in range(40)]


@task()
async def flag(sensor: str, rows: list) -> int:
    return len(rows)


@workflow
async def main(sensor: str):
    rows = await readings(sensor)
    detector = IsolationForest(contamination=0.1)  # expect: WAC102
    labels = detector.fit_predict(rows).tolist()
    return await flag(sensor, [r for r, label in zip(rows, labels) if label == -1])
