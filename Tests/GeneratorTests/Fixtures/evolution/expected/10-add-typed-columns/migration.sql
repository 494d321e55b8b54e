-- Generated from spec/notes.yaml by `swift run generate` — do not edit.
-- Migration 0008:
--   add column notes.price
--   add column notes.views
--   add column notes.score
--   add column notes.due_at
--   add column notes.shade
--   add column notes.rank
--   add column notes.label
--   add column notes.weight
-- Applied in one transaction by the server at start-up, or by its `migrate` subcommand.

ALTER TABLE "notes" ADD COLUMN "price" numeric(10,4);

ALTER TABLE "notes" ADD COLUMN "views" bigint;

ALTER TABLE "notes" ADD COLUMN "score" double precision;

ALTER TABLE "notes" ADD COLUMN "due_at" timestamp with time zone;

ALTER TABLE "notes" ADD COLUMN "shade" text;

ALTER TABLE "notes" ADD COLUMN "rank" integer;

ALTER TABLE "notes" ADD COLUMN "label" character varying(200);

ALTER TABLE "notes" ADD COLUMN "weight" numeric(12,2);
