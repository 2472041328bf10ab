from f.common.paths import LOAD_ROWS
from wmill import task_script

# Made here once, called from several workflows.
load = task_script(LOAD_ROWS)


def main():
    return LOAD_ROWS
