from contextlib import contextmanager

import requests


@contextmanager
def open_session(token: str):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    yield session


def pages(url: str, count: int):
    for page in range(count):
        yield requests.get(url, params={"page": page}).json()


def main(token: str):
    with open_session(token) as session:
        return dict(session.headers)
