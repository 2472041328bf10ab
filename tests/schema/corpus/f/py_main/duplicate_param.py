def main(a, a):
    pass
