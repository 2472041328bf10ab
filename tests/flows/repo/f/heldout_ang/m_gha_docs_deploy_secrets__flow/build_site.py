import subprocess

import wmill


def main(commit_sha: str):
    subprocess.run(["git", "clone", "https://github.com/acme/docs", "docs"], check=True)
    subprocess.run(["git", "-C", "docs", "checkout", commit_sha], check=True)
    subprocess.run(["mkdocs", "build", "-f", "docs/mkdocs.yml", "-d", "site"], check=True)
    subprocess.run(["tar", "czf", "site.tgz", "site"], check=True)
    with open("site.tgz", "rb") as f:
        wmill.write_s3_file(f"docs/{commit_sha}.tgz", f.read())
    return {"archive_url": f"s3:///docs/{commit_sha}.tgz", "commit_sha": commit_sha}
