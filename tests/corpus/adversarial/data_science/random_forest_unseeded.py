# SDK: wmill 1.850.0 client.py replays the body; a RandomForestClassifier without random_state bootstraps from numpy's global state, so the predictions sent on differ between replays.
from sklearn.ensemble import RandomForestClassifier
from wmill import task, workflow


@task()
async def training_data(model_name: str) -> dict:
    return {"X": [[0, 1], [1, 0], [1, 1], [0, 0]], "y": [0, 1, 1, 0]}


@task()
async def publish(predictions: list) -> int:
    return len(predictions)


@workflow
async def main(model_name: str):
    data = await training_data(model_name)
    model = RandomForestClassifier(n_estimators=20)  # expect: WAC102
    model.fit(data["X"], data["y"])
    return await publish(model.predict(data["X"]).tolist())
