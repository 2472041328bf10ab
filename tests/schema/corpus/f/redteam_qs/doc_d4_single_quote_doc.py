def main(a: int):
    '''Args:
        a: the a
    '''
    return a
