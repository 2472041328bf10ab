export async function main(conversation: string, answer: string) {
  return { conversation, answer_chars: answer.length };
}
