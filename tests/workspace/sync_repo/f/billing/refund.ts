export async function main(charge_id: string, reason: "duplicate" | "fraud" | "requested") {
  return { charge_id, reason };
}
