class Job:
    def main(self, wrong: int = 0):
        return wrong


def main(right: str = "yes", *, count: int = 3):
    return Job().main(count)
