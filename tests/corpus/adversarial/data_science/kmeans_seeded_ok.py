# SDK: wmill 1.850.0 client.py replays the body; KMeans(random_state=0) gives the same labels on every replay.
from sklearn.cluster import KMeans
from wmill import task, workflow


@task()
async def load_points(region: str) -> list:
    return [[float(i), float(i % 7)] for i in range(60)]


@task()
async def tag_segment(segment: int, points: list) -> int:
    return len(points)


@workflow
async def main(region: str):
    points = await load_points(region)
    labels = KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(points)
    results = []
    for segment in range(3):
        members = [p for p, label in zip(points, labels) if label == segment]
        results.append(await tag_segment(segment, members))
    return results
