def main(nothing: None = None, obj: object = None, t: type = int, fn: callable = print):
    return nothing
