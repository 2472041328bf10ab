def main(term: str):
    return [
        {"course_id": "CS101", "submissions": ["s-1", "s-2"]},
        {"course_id": "CS204", "submissions": ["s-9"]},
    ]
