def main(a: int):
    print "py2"
