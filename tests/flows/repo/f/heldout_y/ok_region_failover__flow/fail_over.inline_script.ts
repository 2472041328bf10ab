export async function main(from_region: string, healthy: string[]) {
  const target = healthy[0];
  if (!target) throw new Error(`no healthy region to fail over from ${from_region}`);
  return { active_region: target, changed: true };
}
