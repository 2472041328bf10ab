ROOT = "f/pr/targets"
SCORE = f"{ROOT}/score"
ROTATE = f"{ROOT}/rotate"
NOTIFY = ROOT + "/notify"
