def main(period: str, amounts: list):
    return {"period": period, "total": round(sum(amounts), 2), "count": len(amounts)}
