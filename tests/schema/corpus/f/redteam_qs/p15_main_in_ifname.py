def helper(a: int) -> int:
    return a


if __name__ == "__main__":
    def main(q: str, r: int = 4):
        return q

    main("x")
