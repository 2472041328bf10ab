import csv
import io
import urllib.request


def main(url: str, delimiter: str = ","):
    with urllib.request.urlopen(url) as r:
        text = r.read().decode()
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
