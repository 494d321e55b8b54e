-- GET /api/clinics/{clinic_id}/patients?limit=20 at its best: the first 20 patients of the
-- caller's clinic by key and how many there are, with the membership checked, as two
-- statements. bench/tenant.sh's ceiling P for list.
\set n random(1, :members)
SELECT p."id", p."clinic_id", p."name", p."born_on", p."registered_by"
FROM "patients" p, bench_members b
WHERE b.n = :n AND p."clinic_id" = b.clinic_id
  AND EXISTS (SELECT 1 FROM "staff" m WHERE m."clinic_id" = b.clinic_id AND m."user_id" = b.user_id)
ORDER BY p."id" LIMIT 20;
SELECT count(*) FROM "patients" p, bench_members b
WHERE b.n = :n AND p."clinic_id" = b.clinic_id
  AND EXISTS (SELECT 1 FROM "staff" m WHERE m."clinic_id" = b.clinic_id AND m."user_id" = b.user_id);
