export async function main(locale: string, text: string) {
  return { locale, text, length: text.length };
}
