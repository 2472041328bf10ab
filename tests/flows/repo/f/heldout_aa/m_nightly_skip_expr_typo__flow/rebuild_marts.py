import subprocess


def main(marts: list):
    done = []
    for mart in marts:
        subprocess.run(["dbt", "run", "--select", f"marts.{mart}"], check=True)
        done.append(mart)
    return {"rebuilt": done}
