# Each document needs a review: unnamed approvals are numbered.
from wmill import wait_for_approval, workflow


@workflow
async def main(docs: list[str]):
    reviews = []
    for doc in docs:
        reviews.append(await wait_for_approval(timeout=600))
    return reviews
