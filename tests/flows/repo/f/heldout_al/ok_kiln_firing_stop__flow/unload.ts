export async function main(kiln_id: string, readings: object[]) {
  return { kiln_id, cycles: readings.length };
}
