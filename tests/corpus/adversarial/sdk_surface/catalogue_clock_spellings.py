# SDK: wmill 1.850.0 client.py: the body replays from the top in a new process; each of these reads the clock or the process's timers, another value each round, and each reaches a task.
import email.utils
import time

import numpy as np
import pandas as pd
from wmill import task, workflow


@task()
async def stamp(label: str, value: str) -> str:
    return f"{label}={value}"


@workflow
async def main():
    a = await stamp("cpu", str(time.process_time()))  # expect: WAC102
    b = await stamp("mono", str(time.clock_gettime(time.CLOCK_MONOTONIC)))  # expect: WAC102
    c = await stamp("hdr", email.utils.formatdate())  # expect: WAC102
    d = await stamp("pd", str(pd.Timestamp("now")))  # expect: WAC102
    e = await stamp("np", str(np.datetime64("today")))  # expect: WAC102
    f = await stamp("todate", str(pd.to_datetime("now")))  # expect: WAC102
    return [a, b, c, d, e, f]
