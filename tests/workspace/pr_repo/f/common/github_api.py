from f.common.api_base import ApiBase


class GitHubApi(ApiBase):
    base_url = "https://api.github.example"

    def repos(self, org: str) -> dict:
        return self.get_json(f"/orgs/{org}/repos")

    def repos_url(self, org: str) -> str:
        return self.route(f"orgs/{org}/repos")
