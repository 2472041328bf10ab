class X:
    def main(self, a: int):
        pass
