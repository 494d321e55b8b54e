-- Generated from spec/notes.yaml by `swift run generate` — do not edit.
-- Migration 0006:
--   add column owners.email
-- Applied in one transaction by the server at start-up, or by its `migrate` subcommand.

ALTER TABLE "owners" ADD COLUMN "email" character varying(254);
