def main(a, b=1, c="s", d=1.5, e=True, f=None, g=[1, 2], h={"k": "v"}, i=b"xy", j=[], k={}, l=(1, 2), m=-1, n=f(), o=[None], p=[[1, 2]], q={"a": {"b": [1]}}):
    pass
