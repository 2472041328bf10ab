# SDK: wmill 1.850.0 client.py: the body replays from the top; these compute from the input or from constants: `formatdate(ts)` of a given timestamp, `pd.Timestamp(day)`, `np.datetime64(day)`, `time.strftime` of a given struct.
import email.utils
import time

import numpy as np
import pandas as pd
from wmill import task, workflow


@task()
async def stamp(label: str, value: str) -> str:
    return f"{label}={value}"


@workflow
async def main(ts: float, day: str):
    a = await stamp("hdr", email.utils.formatdate(ts))
    b = await stamp("pd", str(pd.Timestamp(day)))
    c = await stamp("np", str(np.datetime64(day)))
    d = await stamp("fmt", time.strftime("%Y", time.gmtime(ts)))
    e = await stamp("dt", str(pd.to_datetime(day)))
    return [a, b, c, d, e]
