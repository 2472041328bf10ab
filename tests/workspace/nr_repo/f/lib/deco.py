import functools

import requests


def metered(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        requests.post("https://metrics.example.com/count", json={"fn": fn.__name__})
        return result

    return wrapper


def memo(fn):
    return functools.lru_cache(maxsize=128)(fn)


def main():
    return "deco"
