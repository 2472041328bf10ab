def main(station: str, samples: list):
    return {"station": station, "samples": len(samples)}
