# SDK: wmill 1.850.0 client.py task(): _merge_args binds positional arguments to names from the signature and the child calls func(**kwargs); keyword-only parameters accept keywords, so the call works.
from wmill import task, workflow


@task(timeout=60)
async def score_sentiment(text: str, *, model: str = "small") -> float:
    return 0.7 if "great" in text else 0.2


@workflow
async def main(reviews: list[str]):
    scores = []
    for review in reviews:
        scores.append(await score_sentiment(review, model="large"))
    return {"mean": sum(scores) / max(len(scores), 1)}
