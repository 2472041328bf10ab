import wmill


def main(state_path: str):
    try:
        return wmill.get_variable(state_path)
    except Exception:
        return "1970-01-01T00:00:00Z"
