import { bundleBench } from './bundle';
import { dossierBench } from './dossier';
import { estimateBench } from './estimate';
import { exchangeExportBench } from './exchange-export';
import { exchangeImportBench } from './exchange-import';
import { foundationBench } from './foundation';
import { leftoverBench } from './leftover';
import { pipelinesBench } from './pipelines';
import { type BenchSuite, printTable } from './runner';

// `npm run bench`: runs every suite and prints a table of figures and PASS/MISS against targets.
// Later issues add their suites to this list. `npm run bench -- foundation` runs the suites whose name matches.

const suites: BenchSuite[] = [
  foundationBench,
  estimateBench,
  bundleBench,
  pipelinesBench,
  leftoverBench,
  exchangeImportBench,
  exchangeExportBench,
  dossierBench,
];

async function main(): Promise<void> {
  const filter = process.argv[2];
  let missed = 0;
  for (const suite of suites) {
    if (filter && !suite.name.includes(filter)) continue;
    const rows = await suite.run((line) => console.log(`  [${suite.name}] ${line}`));
    printTable(suite.name, rows);
    missed += rows.filter((r) => r.pass === false).length;
  }
  console.log(missed ? `\n${missed} target(s) missed.` : '\nAll targets met.');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
