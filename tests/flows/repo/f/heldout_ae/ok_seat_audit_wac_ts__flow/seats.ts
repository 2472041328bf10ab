import * as wmill from "windmill-client";

export async function main(app: string) {
  const idp = await wmill.getResource("f/people/okta");
  const resp = await fetch(`${idp.url}/api/v1/apps/${app}/users?limit=500`, {
    headers: { Authorization: `SSWS ${idp.token}` },
  });
  const users = await resp.json();
  return {
    app,
    assignments: users.map((u: any) => ({ email: u.credentials.userName, last_login: u.lastUpdated ?? null })),
  };
}
