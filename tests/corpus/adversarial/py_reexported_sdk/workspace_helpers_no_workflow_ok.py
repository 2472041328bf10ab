# SDK: wmill 1.850.0 client.py: f/common/jobs is a workspace module the file takes only `task` and a helper from; with no `workflow` imported nothing marks it as the SDK, and this plain main is an ordinary script (nothing is replayed).
import requests

from f.common.jobs import retry_post, task


def main(url: str):
    requests.post(url, json={"ping": True})
    return retry_post(url)
