# SDK: wmill 1.850.0 a task's result is json.dumps(..., default=str)'d; a set (here declared through a PEP 695 alias) comes back as the string of its repr
from wmill import task, workflow

type LabelSet = set[str]
type Repo = str


@task()
async def repo_labels(repo: Repo) -> LabelSet:
    from github import Github

    gh = Github()
    labels: LabelSet = set()
    for label in gh.get_repo(repo).get_labels():
        labels.add(label.name.lower())
    return labels  # expect: WAC107


@task()
async def create_labels(repo: Repo, names: list[str]) -> int:
    from github import Github

    r = Github().get_repo(repo)
    for n in names:
        r.create_label(name=n, color="ededed")
    return len(names)


@workflow
async def main(repo: str, wanted: list[str]):
    have = await repo_labels(repo)
    missing = sorted(set(wanted) - set(have))
    created = await create_labels(repo, missing) if missing else 0
    return {"created": created}
