// `npm run generate`: writes checks.generated.ts from the reply schemas (generate.ts).
import { writeFileSync } from 'node:fs';
import { GENERATED_PATH, generateChecks } from './generate';

writeFileSync(GENERATED_PATH, generateChecks());
console.log(`Written ${GENERATED_PATH}`);
