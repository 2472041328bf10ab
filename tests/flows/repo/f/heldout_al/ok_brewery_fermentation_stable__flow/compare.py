def main(sg: float, previous_sg: float | None = None):
    stable = previous_sg is not None and abs(sg - previous_sg) < 0.001
    return {"sg": sg, "stable": stable}
