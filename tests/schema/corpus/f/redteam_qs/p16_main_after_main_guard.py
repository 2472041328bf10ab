def main(value: float = 1.5, name: str = "n"):
    return value


if __name__ == "__main__":
    print(main())
