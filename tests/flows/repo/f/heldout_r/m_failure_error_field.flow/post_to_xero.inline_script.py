def main(xero: dict, payouts: list):
    return {"posted": len(payouts)}
