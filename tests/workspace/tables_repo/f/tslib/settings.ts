import { FLAGS } from "./flags.ts";

export const DRY_RUN = FLAGS.dry_run !== false;
