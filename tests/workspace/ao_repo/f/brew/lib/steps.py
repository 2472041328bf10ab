"""Step names, built in one place so the brew sheet and the workflows agree."""

import time

STAGES = ("mash", "boil", "whirlpool", "chill")


def stage_step(stage: str) -> str:
    return f"stage-{stage}"


def sheet_step(stage: str) -> str:
    # unique per printout so the sheet history keeps every version
    return f"sheet-{stage}-{int(time.time())}"


MASH = "mash"
BOIL_STEP = "boil-" + "log"
