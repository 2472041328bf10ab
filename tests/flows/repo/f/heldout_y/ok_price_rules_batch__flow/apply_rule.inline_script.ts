export async function main(rule_id: string, pct: number) {
  if (pct < -50) throw new Error(`rule ${rule_id}: discount too deep`);
  return { rule_id, applied: true, pct };
}
