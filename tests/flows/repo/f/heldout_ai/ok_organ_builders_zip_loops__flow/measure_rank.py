import math

import wmill

RATIOS = {"equal": [2 ** (i / 12) for i in range(12)]}


def main(rank: str, temperament: str = "equal", a4_hz: float = 440.0):
    readings = wmill.get_resource(f"f/organ/readings_{rank}")["pipes"]
    ratios = RATIOS.get(temperament, RATIOS["equal"])
    cents = []
    for pipe in readings:
        target = a4_hz * ratios[pipe["semitone"] % 12] * 2 ** (pipe["octave"] - 4)
        cents.append(round(1200 * math.log2(pipe["hz"] / target), 1))
    return {"rank": rank, "cents": cents}
