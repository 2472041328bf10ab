export async function main(tickets: Array<{ id: number; subject: string }>, query: string) {
  return `${tickets.length} tickets for "${query}"`
}
