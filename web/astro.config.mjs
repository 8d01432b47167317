import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';
import tailwindcss from '@tailwindcss/vite';

// Fully static: the API (functions/) serves web/dist, so /login and /crm/ must exist as files.
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [solid()],
  vite: { plugins: [tailwindcss()] },
});
