export async function main(member_id: string) {
  const res = await fetch(`https://hr.internal/api/members/${member_id}`);
  const m = await res.json();
  return { name: m.display_name as string, team: m.team as string, tags: (m.tags ?? []) as string[] };
}
