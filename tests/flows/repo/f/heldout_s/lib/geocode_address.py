import requests


def main(address: str, country: str = "US"):
    r = requests.get(
        "https://geocode.example.internal/v1/search",
        params={"q": address, "country": country},
        timeout=10,
    )
    r.raise_for_status()
    hit = r.json()["results"][0]
    return {"lat": hit["lat"], "lon": hit["lon"], "confidence": hit["score"]}
