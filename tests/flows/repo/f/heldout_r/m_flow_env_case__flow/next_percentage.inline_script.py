def main(current: int, step: int, cap: int = 100):
    nxt = min(current + step, cap)
    return {"next": nxt, "done": current >= cap}
