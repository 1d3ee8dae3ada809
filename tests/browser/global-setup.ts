import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

/** Serves the built app (dist/) on 127.0.0.1 for the browser tests, like any static host. */
export default async function setup(project: TestProject) {
  const server = await preview({
    // ATLAS_DIST serves another build folder, so parallel work does not race over dist/.
    build: { outDir: process.env.ATLAS_DIST ?? 'dist' },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not start');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
