# Paths of the scripts and flows the workflows of f/mr run, kept in one place.
TARGETS = "f/mr/targets"
LOAD_ROWS = f"{TARGETS}/load_rows"
PIPELINE = "f/mr/pipeline"
OLD_LOADER = TARGETS + "/load_rows_v1"


def main():
    return LOAD_ROWS
