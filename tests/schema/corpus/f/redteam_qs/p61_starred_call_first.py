def main(a=[*f()], b: list = [*range(3)], c=[*a.b()], d=[1, *f()], e=[*f()[0]], g={"k": [*x.y(1)]}, h=(*f(),)):
    return a
