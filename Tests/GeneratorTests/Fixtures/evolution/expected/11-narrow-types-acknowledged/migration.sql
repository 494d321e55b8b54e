-- Generated from spec/notes.yaml by `swift run generate` — do not edit.
-- Migration 0009:
--   DESTRUCTIVE: change type of notes.price from numeric(10,4) to numeric(10,2)
--   DESTRUCTIVE: change type of notes.views from bigint to integer
--   DESTRUCTIVE: change type of notes.score from double precision to integer
--   DESTRUCTIVE: change type of notes.due_at from timestamp with time zone to date
--   DESTRUCTIVE: change type of notes.shade from text to color
--   DESTRUCTIVE: change type of notes.rank from integer to character varying(3)
--   DESTRUCTIVE: change type of notes.label from character varying(200) to character varying(120)
--   DESTRUCTIVE: change type of notes.weight from numeric(12,2) to double precision
-- Applied in one transaction by the server at start-up, or by its `migrate` subcommand.

-- DESTRUCTIVE (acknowledged: change type notes.price): the migration fails, changing nothing, if an existing value does not convert to numeric(10,2) unchanged

DO $migration$
DECLARE
    failing bigint;
BEGIN
    SELECT count(*) INTO failing FROM "notes" WHERE "price" IS DISTINCT FROM "price"::numeric(10,2)::numeric(10,4);
    IF failing > 0 THEN
        RAISE EXCEPTION 'cannot change notes.price to numeric(10,2): % row(s) hold a value it cannot hold unchanged', failing USING HINT = 'make every value fit with an UPDATE before this statement (docs/spec.md §10)';
    END IF;
END
$migration$;

ALTER TABLE "notes" ALTER COLUMN "price" TYPE numeric(10,2);

-- DESTRUCTIVE (acknowledged: change type notes.views): the migration fails, changing nothing, if an existing value does not convert to integer unchanged

DO $migration$
DECLARE
    failing bigint;
BEGIN
    SELECT count(*) INTO failing FROM "notes" WHERE "views" IS DISTINCT FROM "views"::integer::bigint;
    IF failing > 0 THEN
        RAISE EXCEPTION 'cannot change notes.views to integer: % row(s) hold a value it cannot hold unchanged', failing USING HINT = 'make every value fit with an UPDATE before this statement (docs/spec.md §10)';
    END IF;
END
$migration$;

ALTER TABLE "notes" ALTER COLUMN "views" TYPE integer;

-- DESTRUCTIVE (acknowledged: change type notes.score): the migration fails, changing nothing, if an existing value does not convert to integer unchanged

DO $migration$
DECLARE
    failing bigint;
BEGIN
    SELECT count(*) INTO failing FROM "notes" WHERE "score" IS DISTINCT FROM "score"::integer::double precision;
    IF failing > 0 THEN
        RAISE EXCEPTION 'cannot change notes.score to integer: % row(s) hold a value it cannot hold unchanged', failing USING HINT = 'make every value fit with an UPDATE before this statement (docs/spec.md §10)';
    END IF;
END
$migration$;

ALTER TABLE "notes" ALTER COLUMN "score" TYPE integer;

-- DESTRUCTIVE (acknowledged: change type notes.due_at): the migration fails, changing nothing, if an existing value does not convert to date unchanged

DO $migration$
DECLARE
    failing bigint;
BEGIN
    SELECT count(*) INTO failing FROM "notes" WHERE "due_at" IS DISTINCT FROM "due_at"::date::timestamp with time zone;
    IF failing > 0 THEN
        RAISE EXCEPTION 'cannot change notes.due_at to date: % row(s) hold a value it cannot hold unchanged', failing USING HINT = 'make every value fit with an UPDATE before this statement (docs/spec.md §10)';
    END IF;
END
$migration$;

ALTER TABLE "notes" ALTER COLUMN "due_at" TYPE date;

-- DESTRUCTIVE (acknowledged: change type notes.shade): the migration fails, changing nothing, if an existing value does not convert to color unchanged

DO $migration$
DECLARE
    failing bigint;
BEGIN
    SELECT count(*) INTO failing FROM "notes" WHERE "shade" IS DISTINCT FROM "shade"::"color"::text;
    IF failing > 0 THEN
        RAISE EXCEPTION 'cannot change notes.shade to color: % row(s) hold a value it cannot hold unchanged', failing USING HINT = 'make every value fit with an UPDATE before this statement (docs/spec.md §10)';
    END IF;
END
$migration$;

ALTER TABLE "notes" ALTER COLUMN "shade" TYPE "color" USING "shade"::"color";

-- DESTRUCTIVE (acknowledged: change type notes.rank): the migration fails, changing nothing, if an existing value does not convert to character varying(3) unchanged

DO $migration$
DECLARE
    failing bigint;
BEGIN
    SELECT count(*) INTO failing FROM "notes" WHERE "rank" IS DISTINCT FROM "rank"::character varying(3)::integer;
    IF failing > 0 THEN
        RAISE EXCEPTION 'cannot change notes.rank to character varying(3): % row(s) hold a value it cannot hold unchanged', failing USING HINT = 'make every value fit with an UPDATE before this statement (docs/spec.md §10)';
    END IF;
END
$migration$;

ALTER TABLE "notes" ALTER COLUMN "rank" TYPE character varying(3);

-- DESTRUCTIVE (acknowledged: change type notes.label): the migration fails, changing nothing, if an existing value does not convert to character varying(120) unchanged

DO $migration$
DECLARE
    failing bigint;
BEGIN
    SELECT count(*) INTO failing FROM "notes" WHERE "label" IS DISTINCT FROM "label"::character varying(120)::character varying(200);
    IF failing > 0 THEN
        RAISE EXCEPTION 'cannot change notes.label to character varying(120): % row(s) hold a value it cannot hold unchanged', failing USING HINT = 'make every value fit with an UPDATE before this statement (docs/spec.md §10)';
    END IF;
END
$migration$;

ALTER TABLE "notes" ALTER COLUMN "label" TYPE character varying(120);

-- DESTRUCTIVE (acknowledged: change type notes.weight): the migration fails, changing nothing, if an existing value does not convert to double precision unchanged

DO $migration$
DECLARE
    failing bigint;
BEGIN
    SELECT count(*) INTO failing FROM "notes" WHERE "weight" IS DISTINCT FROM "weight"::double precision::numeric(12,2);
    IF failing > 0 THEN
        RAISE EXCEPTION 'cannot change notes.weight to double precision: % row(s) hold a value it cannot hold unchanged', failing USING HINT = 'make every value fit with an UPDATE before this statement (docs/spec.md §10)';
    END IF;
END
$migration$;

ALTER TABLE "notes" ALTER COLUMN "weight" TYPE double precision;
