export async function main(contract_id: string, notes: string) {
  return { outcome: "renegotiate", contract_id, notes };
}
