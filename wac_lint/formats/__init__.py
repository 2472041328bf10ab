"""Report formats with more structure than a line per finding (SARIF, JUnit XML).

Imported only when `--format` names one of them (see `wac_lint.output.FORMATS`).
"""
