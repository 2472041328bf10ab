from f.billing.helpers import compute_tax


def main(charge: dict, country: str = "FR"):
    return {"charge": charge["id"], "tax": compute_tax(0, country)}
