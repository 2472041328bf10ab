ROOT = "f/pr/targets"
SCORE = f"{ROOT}/score"
