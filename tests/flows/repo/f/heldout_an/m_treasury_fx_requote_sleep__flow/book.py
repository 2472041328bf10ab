def main(pair: str, rate: float, notional: float):
    return {"pair": pair, "booked": round(notional * rate, 2)}
