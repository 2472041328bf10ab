def run(a: int = 1):
    return a

main = run
