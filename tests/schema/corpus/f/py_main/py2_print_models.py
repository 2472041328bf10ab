import dataclasses
def main(a: int):
    print "py2"
