export async function main(contract_id: string, notes: string | undefined) {
  return { outcome: "lost", contract_id, notes: notes ?? "" };
}
