from datetime import datetime, timedelta


def main(night: str):
    base = datetime.fromisoformat(night)
    dusk = base.replace(hour=21, minute=40)
    dawn = (base + timedelta(days=1)).replace(hour=5, minute=10)
    return {"dusk": dusk.isoformat(), "dawn": dawn.isoformat()}
