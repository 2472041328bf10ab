export async function main(ticket: { id: string }) {
  return { queued: ticket.id }
}
