type Github = { token: string };

export async function main(github: Github, repo: string, tag: string, body: string) {
  const res = await fetch(`https://api.github.com/repos/${repo}/releases`, {
    method: "POST",
    headers: { Authorization: `Bearer ${github.token}` },
    body: JSON.stringify({ tag_name: tag, name: tag, body }),
  });
  const rel = await res.json();
  return { id: rel.id as number, html_url: rel.html_url as string };
}
