import subprocess


def main(env: str, full_refresh: bool = False, selector: str = "tag:nightly"):
    cmd = ["dbt", "run", "--target", env, "--select", selector]
    if full_refresh:
        cmd.append("--full-refresh")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    failed = [line.split()[-1] for line in proc.stdout.splitlines() if "ERROR creating" in line]
    built = sum(1 for line in proc.stdout.splitlines() if " OK created" in line)
    return {"models": built, "failed": failed}
