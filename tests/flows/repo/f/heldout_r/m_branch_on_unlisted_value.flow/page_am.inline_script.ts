export async function main(ticket: { id: string; plan: string }) {
  return { paged: ticket.id }
}
