def main(expense: dict, approved: bool):
    return {"paid": approved, "amount": expense["amount"]}
