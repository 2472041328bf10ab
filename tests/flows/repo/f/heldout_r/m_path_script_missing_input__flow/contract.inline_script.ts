export async function main(contract_id: string) {
  return { id: contract_id, github: "contractor-1", manager: "lead@example.com" }
}
