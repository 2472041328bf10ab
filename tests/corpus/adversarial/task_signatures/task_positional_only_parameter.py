# SDK: wmill 1.850.0 client.py task(): _merge_args binds positional arguments to parameter names and the child round calls func(**kwargs) (_execute_directly), so a positional-only parameter raises TypeError in every call.
from wmill import task, workflow


@task(timeout=60)
async def score_sentiment(text: str, /, model: str = "small") -> float:  # expect: WAC301
    return 0.7 if "great" in text else 0.2


@workflow
async def main(reviews: list[str]):
    scores = []
    for review in reviews:
        scores.append(await score_sentiment(review))
    return {"mean": sum(scores) / max(len(scores), 1)}
