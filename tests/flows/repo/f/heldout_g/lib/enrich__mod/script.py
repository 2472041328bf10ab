from .scoring import score


def main(customer_id: str, depth: int = 1, include_orders: bool = False):
    return {"id": customer_id, "score": score(depth)}
