import subprocess


def main(scratch: dict, backup_key: str):
    env = {"PGPASSWORD": scratch["password"]}
    subprocess.run(
        ["pgbackrest", "--stanza=prod", "--type=immediate", f"--set={backup_key.rsplit('/', 1)[-1]}", "restore"],
        check=True,
        env=env,
        timeout=5000,
    )
    return {"restored": backup_key, "host": scratch["host"]}
