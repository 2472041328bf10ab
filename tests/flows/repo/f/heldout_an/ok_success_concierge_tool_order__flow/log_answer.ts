export async function main(email: string, answer: string) {
  return { email, answer_chars: answer.length };
}
