/** The source documents for the provenance tests: ../shared/seeds beside the repository (also from a worktree nested deeper, as /work/wt/NAME). */
import * as fs from "node:fs";
import * as path from "node:path";

function seedsMap(): string {
  for (let map = path.resolve(__dirname, "..", ".."); map !== path.dirname(map); map = path.dirname(map)) {
    const kandidaat = path.join(path.dirname(map), "shared", "seeds");
    if (fs.existsSync(kandidaat)) return kandidaat;
  }
  throw new Error("../shared/seeds not found: the provenance tests need the source documents");
}

export const SEEDS = seedsMap();
