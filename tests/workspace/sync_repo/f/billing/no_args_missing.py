import wmill


def main():
    return wmill.run_script_by_path("f/billing/charge", args=None)  # expect: WAC402
