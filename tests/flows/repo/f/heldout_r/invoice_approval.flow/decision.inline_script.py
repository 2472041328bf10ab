def main(total: float, threshold: float, form: dict):
    if total < threshold:
        return {"approved": True, "cost_center": "OPS", "note": "below threshold"}
    return {
        "approved": bool(form.get("approved")),
        "cost_center": form.get("cost_center", "OPS"),
        "note": form.get("note", ""),
    }
