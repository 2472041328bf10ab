export async function main(members: { id: string; expires: string }[]) {
  const today = new Date().toISOString().slice(0, 10);
  return members.filter((m) => m.expires < today).map((m) => m.id);
}
