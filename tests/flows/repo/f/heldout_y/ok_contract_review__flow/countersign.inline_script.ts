export async function main(redlines: { clause: string; change: string }[]) {
  return { signed: true, clauses_changed: redlines.length };
}
