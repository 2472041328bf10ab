import wmill


def main(contractor: dict, period: str):
    bank = wmill.get_resource("f/payroll/bank_api")
    amount = round(contractor["hours"] * contractor["rate"], 2)
    return {"iban": contractor["iban"], "amount": amount, "period": period, "batch": bank["batch"]}
