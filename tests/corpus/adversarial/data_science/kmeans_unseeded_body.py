# SDK: wmill 1.850.0 client.py replays the body; KMeans without random_state seeds its centroids from numpy's global state, so labels change between replays.
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
    labels = KMeans(n_clusters=3, n_init=10).fit_predict(points)  # expect: WAC102
    results = []
    for segment in range(3):
        members = [p for p, label in zip(points, labels) if label == segment]
        results.append(await tag_segment(segment, members))
    return results
