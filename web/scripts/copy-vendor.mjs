// Copies the Swagger UI assets the API docs page (/api/v1/docs) loads into web/public,
// so they ship with the static site instead of coming from a CDN.
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const sourceDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const targetDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'vendor', 'swagger-ui');
const files = ['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js'];

await mkdir(targetDir, { recursive: true });
await Promise.all(files.map((file) => copyFile(join(sourceDir, file), join(targetDir, file))));
