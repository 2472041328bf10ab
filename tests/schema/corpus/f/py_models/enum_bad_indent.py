class E(Enum):
    A = "a"
  B = 1

def main(e: E):
    pass
