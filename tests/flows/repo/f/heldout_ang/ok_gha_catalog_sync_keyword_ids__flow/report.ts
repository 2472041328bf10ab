export async function main(imported: number, exported_to: string, pruned: number) {
  return { text: `catalog: ${imported} tables imported, exported to ${exported_to}, ${pruned} pruned` };
}
