export async function main(who: string, garments: string[], eventId: string) {
  return { to: who, text: `Baste before the fitting (${eventId}): ${garments.join(", ")}` };
}
