def main(attempt: dict, answer_key: dict):
    points = 0
    for q, given in attempt["answers"].items():
        if str(given).strip().lower() == str(answer_key.get(q, "")).strip().lower():
            points += 1
    return {"student_id": attempt["student_id"], "attempt_id": attempt["attempt_id"], "points": points}
