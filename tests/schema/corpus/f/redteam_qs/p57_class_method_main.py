class Runner:
    def main(self, x: int):
        return x


def main(job_id: str, runner_opts: dict | None = None):
    return Runner().main(1)
