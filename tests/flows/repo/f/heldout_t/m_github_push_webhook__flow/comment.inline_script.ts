type Github = { token: string };

export async function main(github: Github, repo: string, sha: string, url: string, pusher: string) {
  const res = await fetch(`https://api.github.com/repos/${repo}/commits/${sha}/comments`, {
    method: "POST",
    headers: { Authorization: `Bearer ${github.token}`, Accept: "application/vnd.github+json" },
    body: JSON.stringify({ body: `@${pusher} preview is ready: ${url}` }),
  });
  return { posted: res.ok };
}
