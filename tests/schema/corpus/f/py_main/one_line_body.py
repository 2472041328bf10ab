def main(a: int): print(")")
