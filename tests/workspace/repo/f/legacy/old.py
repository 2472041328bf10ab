def main():
    return "excluded by wmill.yaml"
