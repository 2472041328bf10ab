type Page<T> = { items: T[]; next?: string };
type Row = { id: number; label: string };

export async function main(page: Page<Row>, size = 20) {
  return page;
}
