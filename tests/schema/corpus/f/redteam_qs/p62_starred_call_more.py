def main(a=[*f(), 1], b=[*f().x], c: int = [*f()]):
    return a
