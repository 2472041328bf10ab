export async function main(ticket_id: string, answer: string) {
  return { ticket_id, body: answer.trim(), public: false };
}
