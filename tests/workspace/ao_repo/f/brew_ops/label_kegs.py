"""Print keg labels for a batch on the cellar's label printer."""

import requests

PRINTER = "http://label-printer.cellar.lan/print"


def main(batch_id: str, kegs: int, keg_size_l: int):  # expect: WAC901
    labels = [{"batch": batch_id, "keg": i + 1, "litres": keg_size_l} for i in range(kegs)]
    requests.post(PRINTER, json={"labels": labels}, timeout=30).raise_for_status()
    return {"printed": len(labels)}
