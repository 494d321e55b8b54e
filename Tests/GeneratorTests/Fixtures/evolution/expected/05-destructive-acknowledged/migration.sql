-- Generated from spec/notes.yaml by `swift run generate` — do not edit.
-- Migration 0004:
--   DESTRUCTIVE: drop value green from enum color
--   DESTRUCTIVE: change type of notes.title from character varying(200) to character varying(60)
--   DESTRUCTIVE: forbid null in notes.content
--   DESTRUCTIVE: drop column notes.pinned
--   DESTRUCTIVE: drop table tags
-- Applied in one transaction by the server at start-up, or by its `migrate` subcommand.

-- DESTRUCTIVE (acknowledged: drop enum value color.green): rows holding 'green' make the migration fail, and clients may still send it

ALTER TYPE "color" RENAME TO "color_old";

CREATE TYPE "color" AS ENUM ('red', 'blue');

ALTER TABLE "notes" ALTER COLUMN "color" DROP DEFAULT;

ALTER TABLE "notes" ALTER COLUMN "color" TYPE "color" USING "color"::text::"color";

ALTER TABLE "notes" ALTER COLUMN "color" SET DEFAULT 'red'::"color";

DROP TYPE "color_old";

-- DESTRUCTIVE (acknowledged: change type notes.title): the migration fails, changing nothing, if an existing value does not convert to character varying(60) unchanged

DO $migration$
DECLARE
    failing bigint;
BEGIN
    SELECT count(*) INTO failing FROM "notes" WHERE "title" IS DISTINCT FROM "title"::character varying(60)::character varying(200);
    IF failing > 0 THEN
        RAISE EXCEPTION 'cannot change notes.title to character varying(60): % row(s) hold a value it cannot hold unchanged', failing USING HINT = 'make every value fit with an UPDATE before this statement (docs/spec.md §10)';
    END IF;
END
$migration$;

ALTER TABLE "notes" ALTER COLUMN "title" TYPE character varying(60);

-- DESTRUCTIVE (acknowledged: not null notes.content): existing rows may hold null and there is no default to backfill them with

ALTER TABLE "notes" ALTER COLUMN "content" SET NOT NULL;

-- DESTRUCTIVE (acknowledged: drop column notes.pinned): its values are deleted

ALTER TABLE "notes" DROP COLUMN "pinned";

-- DESTRUCTIVE (acknowledged: drop table tags): every row of 'tags' is deleted

DROP TABLE "tags";
