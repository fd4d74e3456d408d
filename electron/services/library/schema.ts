import { z } from 'zod';
import { Call, CallSummary } from '../../../shared/domain/call';
import { Transcript } from '../../../shared/domain/transcript';
import { Annotations, emptyAnnotations } from '../../../shared/domain/annotations';
import { RubricCriterion } from '../../../shared/scorecard/rubric';
import type { DocumentSpec } from './documents';

export const INDEX_FILE = 'library.json';
export const CALLS_DIR = 'calls';
export const STAGING_DIR = '.staging';
export const CALL_FILE = 'call.json';
export const TRANSCRIPT_FILE = 'transcript.json';

const IndexDocument = z.object({
  schemaVersion: z.literal(1),
  calls: z.array(CallSummary),
  /** The rep's own name in this library's calls: a speaker with this name is the rep. */
  myName: z.string().nullable().default(null),
  /** The manager rubric's criteria for this library's calls; null means our method's defaults. */
  rubricCriteria: z.array(RubricCriterion).nullable().default(null),
  /** Set once the shipped demo call was added: deleting it must not bring it back at the next start. */
  demoSeeded: z.boolean().default(false),
});
export type IndexDocument = z.infer<typeof IndexDocument>;

const CallDocument = z.object({
  schemaVersion: z.literal(1),
  call: Call,
  /** Reviewers' marks live here, beside the call, not in the (large) transcript document. */
  annotations: Annotations.default(emptyAnnotations),
});
export type CallDocument = z.infer<typeof CallDocument>;

// Version 1 is the first format: no migrations yet. A later format adds `1: (doc) => ...` here.
export const indexSpec: DocumentSpec<IndexDocument> = {
  label: 'The library index',
  schema: IndexDocument,
  version: 1,
  migrations: {},
};

export const callSpec: DocumentSpec<CallDocument> = {
  label: "The call's document",
  schema: CallDocument,
  version: 1,
  migrations: {},
};

const TranscriptDocument = z.object({ schemaVersion: z.literal(1), transcript: Transcript });
export type TranscriptDocument = z.infer<typeof TranscriptDocument>;

/** Kept apart from the call's document: annotating a call never rewrites its (large) transcript. */
export const transcriptSpec: DocumentSpec<TranscriptDocument> = {
  label: "The call's transcript",
  schema: TranscriptDocument,
  version: 1,
  migrations: {},
};

export const summaryOf = (call: Call): CallSummary => CallSummary.parse(call);
