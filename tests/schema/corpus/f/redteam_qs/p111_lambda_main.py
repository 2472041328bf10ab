main = lambda x, y=2: x
