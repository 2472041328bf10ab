import random


def pick(items: list) -> str:
    return random.choice(items)


def first(items: list) -> str:
    return items[0]


def main(items: list):
    return first(items)
