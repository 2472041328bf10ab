import random


def jitter(value: float) -> float:
    return value * (1 + random.uniform(-0.05, 0.05))


def main(value: float):
    return jitter(value)
