from f.common.util import fetch_json


def main(since: str):
    return fetch_json(f"/contacts?changed_since={since}")["items"]
