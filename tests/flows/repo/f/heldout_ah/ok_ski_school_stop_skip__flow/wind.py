import requests


def main(station: str):
    r = requests.get(f"https://wx.resort.example/stations/{station}/latest", timeout=10)
    r.raise_for_status()
    data = r.json()
    return {"gust_kmh": data["gust_kmh"], "mean_kmh": data["mean_kmh"], "at": data["ts"]}
