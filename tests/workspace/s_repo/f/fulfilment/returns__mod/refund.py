# SDK: none; a module of the returns script dispatched with task_script("./refund.py")
def main(rma_code: str, amount_cents: int):
    return {"rma": rma_code, "refunded": amount_cents}
