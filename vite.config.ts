import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { scriptsAfterFirstPaint } from './scripts/build/afterFirstPaint.ts';
import { earlyLoads } from './scripts/build/earlyLoads.ts';
import { EARLY_SHELL_SCRIPT_HASH, SHELL_THEME_PICKER_SCRIPT_HASH } from './scripts/build/earlyShellScript.ts';
import { inlineEntryCss } from './scripts/build/inlineEntryCss.ts';
import { loadingShell } from './scripts/build/loadingShell.ts';

/**
 * The built page allows only its own origin, and two inline scripts by their hashes (the loading
 * shell's theme and address check, and its theme picker's value: scripts/build/earlyShellScript.ts). Added at build time only: the dev server injects
 * an inline script (React Fast Refresh) that this policy would block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${EARLY_SHELL_SCRIPT_HASH} ${SHELL_THEME_PICKER_SCRIPT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'sco-atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  // scriptsAfterFirstPaint last: it moves the script and modulepreload tags the others have written.
  plugins: [react(), contentSecurityPolicy(), earlyLoads(), loadingShell(), inlineEntryCss(), scriptsAfterFirstPaint()],
  // Relative asset paths let the built app be served from any folder.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
