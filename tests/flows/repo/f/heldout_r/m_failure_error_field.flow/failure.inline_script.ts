export async function main(message: string, step?: string) {
  return { alerted: true, text: `payout sync failed at ${step ?? "?"}: ${message}` }
}
