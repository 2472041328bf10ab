def main(expense_id: str, approvers: list):
    print(expense_id, approvers)
    return {"logged": True}
