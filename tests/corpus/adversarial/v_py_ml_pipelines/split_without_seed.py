# SDK: wmill 1.850.0: the body re-runs each round; train_test_split without random_state shuffles with numpy's global RNG, different per process
"""Label audit: a sample of the dataset is split in the body, and each half is sent to a labelling task."""
import pandas as pd
from sklearn.model_selection import train_test_split
from wmill import task, workflow


@task()
async def load_labels(dataset: str) -> list[dict]:
    import wmill

    return wmill.datatable("ml").query("select id, text, label from labels where dataset = $1", dataset).fetch()


@task(timeout=7200)
async def send_for_review(rows: list[dict], queue: str) -> int:
    import httpx
    import wmill

    api = wmill.get_resource("f/ml/label_studio")
    r = httpx.post(f"{api['url']}/api/projects/{api['project']}/import", json=rows,
                   headers={"Authorization": f"Token {api['token']}"}, params={"queue": queue})
    r.raise_for_status()
    return len(rows)


@workflow
async def main(dataset: str, audit_share: float = 0.1):
    rows = await load_labels(dataset)
    df = pd.DataFrame(rows)
    audit, _rest = train_test_split(df, train_size=audit_share, stratify=df["label"])  # expect: WAC102
    first, second = train_test_split(audit, test_size=0.5, random_state=13)
    sent = await send_for_review(first.to_dict("records"), "reviewer-a")
    sent += await send_for_review(second.to_dict("records"), "reviewer-b")
    return {"sent": sent}
