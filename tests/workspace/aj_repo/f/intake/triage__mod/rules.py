STAT_TESTS = {"troponin", "lactate", "blood_gas", "potassium"}


def priority(test_code: str, stat: bool) -> int:
    if test_code in STAT_TESTS:
        return 1
    return 2 if stat else 3
