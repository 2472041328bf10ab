import wmill


def main(stallholder_id: int, days: int, fee_per_day: float, month: str):
    xero = wmill.get_resource("f/market/xero")
    amount = round(days * fee_per_day, 2)
    return {"stallholder_id": stallholder_id, "month": month, "amount": amount, "tenant": xero["tenant_id"]}
