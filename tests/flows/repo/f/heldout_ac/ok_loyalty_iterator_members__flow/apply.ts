type Change = { member_id: string; tier: string; changed: boolean };

export async function main(changes: Change[]) {
  const changed = changes.filter((c) => c.changed);
  // the loyalty API accepts batches of 100 tier updates
  for (let i = 0; i < changed.length; i += 100) {
    console.log(`batch ${i / 100}: ${changed.slice(i, i + 100).map((c) => c.member_id).join(",")}`);
  }
  return { changed: changed.length, total: changes.length };
}
