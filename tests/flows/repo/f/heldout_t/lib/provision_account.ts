// Creates an account for a new hire in one of the SaaS systems we manage through SCIM.
type Scim = { base_url: string; token: string };

export async function main(system: string, email: string, role: string = "member", scim?: Scim) {
  const base = scim?.base_url ?? `https://scim.internal/${system}`;
  const res = await fetch(`${base}/Users`, {
    method: "POST",
    headers: { Authorization: `Bearer ${scim?.token ?? ""}`, "Content-Type": "application/scim+json" },
    body: JSON.stringify({ userName: email, emails: [{ value: email, primary: true }], roles: [{ value: role }] }),
  });
  if (!res.ok) throw new Error(`${system}: ${res.status}`);
  return { system, id: (await res.json()).id as string };
}
