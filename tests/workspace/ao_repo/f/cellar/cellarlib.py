"""Cellar arithmetic shared by the kegging workflows."""

import math

KEG_SIZES_L = (20, 30, 50)


def kegs_for(volume_l: float, size_l: int = 20) -> int:
    return math.ceil(volume_l / size_l)


def best_size(volume_l: float) -> int:
    return min(KEG_SIZES_L, key=lambda s: (kegs_for(volume_l, s) * s - volume_l, s))
