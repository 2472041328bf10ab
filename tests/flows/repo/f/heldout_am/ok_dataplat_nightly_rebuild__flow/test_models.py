import subprocess


def main(env: str, selector: str = "tag:nightly"):
    proc = subprocess.run(["dbt", "test", "--target", env, "--select", selector], capture_output=True, text=True)
    failed = [line.split()[-1] for line in proc.stdout.splitlines() if line.strip().startswith("FAIL")]
    passed = sum(1 for line in proc.stdout.splitlines() if " PASS " in line)
    return {"passed": passed, "failed": failed}
