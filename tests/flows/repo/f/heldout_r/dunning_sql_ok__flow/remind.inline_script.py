def main(invoice: dict, total_overdue: float = 0):
    return {"reminded": invoice["id"], "share": invoice["amount_due"] / (total_overdue or 1)}
