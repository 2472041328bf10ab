def main(request: dict, cost_center: str, approved_by: list[str]):
    return {
        "po_number": f"PO-{request['id']:06d}",
        "cost_center": cost_center,
        "approvers": approved_by,
    }
