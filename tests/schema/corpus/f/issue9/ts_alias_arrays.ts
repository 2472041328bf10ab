type Rows = object[];
type Dbs = Postgresql[];
type Pgs = Resource<"postgresql">[];
type Points = { x: number; y?: number }[];
type Grid = object[][];
type Named = { n: string };
type NamedRows = Named[];
type Inner = object[];
type Outer = Inner;
type Dates = Date[];
type Choices = ("a" | "b")[];
type MaybeRows = object[] | undefined;
export async function main(
  rows: Rows,
  dbs: Dbs,
  pgs: Pgs,
  points: Points,
  grid: Grid,
  named: NamedRows,
  outer: Outer,
  dates: Dates,
  choices: Choices,
  maybe: MaybeRows,
  field: { rows: Rows },
) {
  return rows;
}
