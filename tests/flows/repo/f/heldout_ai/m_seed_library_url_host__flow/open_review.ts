export async function main(partner: string, newVarieties: { latin: string; common: string }[]) {
  const lines = newVarieties.map((v) => `- ${v.common} (*${v.latin}*)`).join("\n");
  return { title: `New varieties from ${partner}`, body: lines, count: newVarieties.length };
}
