import * as wmill from "windmill-client";

export async function main(repo: string) {
  const gh = await wmill.getResource<{ token: string }>("f/dev/github");
  const since = new Date(Date.now() - 86_400_000).toISOString();
  const res = await fetch(`https://api.github.com/search/issues?q=repo:${repo}+is:pr+merged:>${since}`, {
    headers: { Authorization: `Bearer ${gh.token}` },
  });
  const body = await res.json();
  return body.items.map((i: any) => ({ number: i.number, title: i.title, author: i.user.login }));
}
