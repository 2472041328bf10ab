export async function main(contacts: Array<{ email?: string; name?: string }>) {
  return contacts.map((c) => ({ email: (c.email ?? "").toLowerCase(), name: (c.name ?? "").trim() }))
}
