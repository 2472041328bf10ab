# SDK: wmill 1.850.0 client.py replays the body; train_test_split(random_state=0) and shuffle=False give the same split on every replay.
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
    X_train, X_test, y_train, y_test = train_test_split(data["X"], data["y"], test_size=0.2, random_state=0)
    X_a, X_b = train_test_split(data["X"], test_size=0.5, shuffle=False)
    return await fit(X_train + X_a[:1], y_train)
