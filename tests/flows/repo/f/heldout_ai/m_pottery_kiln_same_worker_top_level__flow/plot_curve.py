import csv

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def main(log_file: str, cone: str):
    with open(log_file) as fh:
        rows = list(csv.DictReader(fh))
    minutes = [int(r["minute"]) for r in rows]
    temps = [float(r["celsius"]) for r in rows]
    plt.plot(minutes, temps)
    plt.title(f"Cone {cone}")
    png = log_file.replace(".csv", ".png")
    plt.savefig(png)
    return {"png": png, "peak": max(temps)}
