# Each document needs a review.
from wmill import wait_for_approval, workflow


@workflow
async def main(docs: list[str]):
    reviews = []
    for doc in docs:
        reviews.append(await wait_for_approval(key="review", timeout=600))  # expect: WAC303
    return reviews
