type Gsuite = { token: string; domain: string };

export async function main(gsuite: Gsuite, username: string, full_name: string) {
  const [given, ...rest] = full_name.split(" ");
  const res = await fetch("https://admin.googleapis.com/admin/directory/v1/users", {
    method: "POST",
    headers: { Authorization: `Bearer ${gsuite.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      primaryEmail: `${username}@${gsuite.domain}`,
      name: { givenName: given, familyName: rest.join(" ") || given },
      password: crypto.randomUUID(),
      changePasswordAtNextLogin: true,
    }),
  });
  if (!res.ok) throw new Error(`Google admin API: ${res.status} ${await res.text()}`);
  const user = await res.json();
  return { email: user.primaryEmail, id: user.id };
}
