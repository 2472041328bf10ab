from datetime import datetime, timedelta


def main(eta: str, draught_m: float):
    start = datetime.fromisoformat(eta.replace("Z", "+00:00"))
    margin = timedelta(hours=2 if draught_m > 12 else 4)
    return {"opens": (start - margin / 2).isoformat(), "closes": (start + margin / 2).isoformat()}
