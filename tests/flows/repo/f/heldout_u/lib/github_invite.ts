import * as wmill from "windmill-client";

export async function main(login_hint: string, team_slug = "engineering") {
  const gh = await wmill.getResource("f/it/github_org");
  const res = await fetch(`https://api.github.com/orgs/${gh.org}/invitations`, {
    method: "POST",
    headers: { Authorization: `Bearer ${gh.token}`, Accept: "application/vnd.github+json" },
    body: JSON.stringify({ email: `${login_hint}@${gh.email_domain}`, role: "direct_member" }),
  });
  if (!res.ok) throw new Error(`GitHub ${res.status}`);
  const invite = await res.json();
  return { invitation_id: invite.id, team: team_slug };
}
