import { Octokit } from "@octokit/rest";

export async function main(github: { token: string }, repo: string, tag: string, body: string, reviewed_by: string, publish_blog = false) {
  const [owner, name] = repo.split("/");
  const gh = new Octokit({ auth: github.token });
  const { data } = await gh.repos.createRelease({
    owner,
    repo: name,
    tag_name: tag,
    name: tag,
    body: `${body}\n\n_Reviewed by ${reviewed_by}_`,
  });
  return { url: data.html_url, blog_requested: publish_blog };
}
