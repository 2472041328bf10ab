if True:
    def main(a: int):
        pass
