# SDK: wmill 1.850.0 client.py replays the body; train_test_split without random_state shuffles with numpy's global state, so the split sent to the task differs per replay.
from sklearn.model_selection import train_test_split
from wmill import task, workflow


@task()
async def load_dataset(dataset: str) -> dict:
    return {"X": [[i, i * 2] for i in range(100)], "y": [i % 2 for i in range(100)]}


@task(tag="gpu")
async def fit(X_train: list, y_train: list) -> dict:
    return {"n": len(X_train)}


@workflow
async def main(dataset: str):
    data = await load_dataset(dataset)
    X_train, X_test, y_train, y_test = train_test_split(data["X"], data["y"], test_size=0.2)  # expect: WAC102
    return await fit(X_train, y_train)
