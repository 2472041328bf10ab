def main(call_time: str, note: str, approved_by: list):
    who = ", ".join(approved_by) or "the coordinator"
    return {"call_time": call_time, "note": f"{note} (plan approved by {who})".strip()}
