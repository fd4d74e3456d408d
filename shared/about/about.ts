import { z } from 'zod';
import bundled from './bundled.json';

/**
 * What Call Review ships or downloads and under which licence: shown in Help → About, and read by the
 * packaging script (scripts/pack/licences.mjs) that gathers the full texts into THIRD_PARTY_LICENSES.txt.
 * The data is JSON so that script, plain Node, reads the very same list.
 */
export const BundledComponent = z
  .object({
    name: z.string().min(1),
    /** What it does in the app. */
    what: z.string().min(1),
    /** SPDX identifier(s), or words where there is none (public domain). */
    licence: z.string().min(1),
    url: z.url(),
    /** What else a reader should know about the licence as shipped. */
    note: z.string().optional(),
    /** The npm package it comes in: its licence file, and those of everything it depends on, are gathered. */
    package: z.string().optional(),
    /** Licence texts (paths from the project root) for what has none in an npm package. */
    texts: z.array(z.string()).optional(),
  })
  .strict();
export type BundledComponent = z.infer<typeof BundledComponent>;

export const BUNDLED_COMPONENTS: readonly BundledComponent[] = z.array(BundledComponent).parse(bundled);

/** The file of full licence texts packed beside the app (its resources folder's licenses/). */
export const LICENCES_FILE = 'THIRD_PARTY_LICENSES.txt';

/**
 * Help → About's versions, which only the main process knows. The list above is shared data the page
 * reads itself: sent over the bridge it would be the one answer of several kilobytes (answers are kept
 * short, tests/electron/shell/ipc-fuzz.test.ts).
 */
export const AboutInfo = z.object({
  version: z.string(),
  electron: z.string(),
  chrome: z.string(),
  node: z.string(),
});
export type AboutInfo = z.infer<typeof AboutInfo>;
