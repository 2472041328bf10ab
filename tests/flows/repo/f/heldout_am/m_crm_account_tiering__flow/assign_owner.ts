export async function main(tier: string, segment: string) {
  const owners: Record<string, string> = { enterprise: "ent-team@acme.io", mid: "mm-team@acme.io", smb: "smb-pool@acme.io" };
  return { owner: owners[tier] ?? "smb-pool@acme.io", segment };
}
