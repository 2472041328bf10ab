def main(**kwargs):
    return sorted(kwargs)
