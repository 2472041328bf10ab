import { PDFDocument, StandardFonts } from "pdf-lib";

type Line = { title: string; qty: number; price: string };

export default async function main(number: string, lines: Line[], total: string, currency: string) {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  page.drawText(`Invoice ${number}`, { x: 50, y: 780, size: 20, font });
  let y = 740;
  for (const l of lines) {
    page.drawText(`${l.qty} x ${l.title}  ${l.price} ${currency}`, { x: 50, y, size: 11, font });
    y -= 18;
  }
  page.drawText(`Total ${total} ${currency}`, { x: 50, y: y - 20, size: 13, font });
  const bytes = await pdf.save();
  return { filename: `${number}.pdf`, base64: Buffer.from(bytes).toString("base64") };
}
