"""Westgard multi-rules for QC control values."""

import f.lab.qc as qc


def z_scores(values: list[float], mean: float, sd: float) -> list[float]:
    return [(v - mean) / sd for v in values]


def violations(values: list[float], mean: float, sd: float) -> dict:
    z = z_scores(values, mean, sd)
    rules = []
    if any(abs(x) > 3 for x in z):
        rules.append("1-3s")
    if any(a > 2 and b > 2 or a < -2 and b < -2 for a, b in zip(z, z[1:])):
        rules.append("2-2s")
    if any(abs(a - b) > 4 for a, b in zip(z, z[1:])):
        rules.append("R-4s")
    return {"run": qc.run_id(), "rules": rules}
