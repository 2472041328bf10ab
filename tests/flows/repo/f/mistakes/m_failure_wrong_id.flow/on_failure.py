def main(message: str, step_id: str):
    return f"{step_id}: {message}"
