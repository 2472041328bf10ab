export async function main(login: string) {
  if (!login) return { followers: 0, repos: 0 };
  const resp = await fetch(`https://api.github.com/users/${encodeURIComponent(login)}`);
  if (!resp.ok) throw new Error(`github ${resp.status}`);
  const user = await resp.json();
  return { followers: user.followers as number, repos: user.public_repos as number };
}
