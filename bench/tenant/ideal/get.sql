-- GET /api/clinics/{clinic_id}/patients/{id} at its best: one patient of the caller's clinic,
-- with the caller's membership checked in the same statement (what any correct implementation
-- must ask). bench/tenant.sh's ceiling P for get.
\set n random(1, :rows)
SELECT p."id", p."clinic_id", p."name", p."born_on", p."registered_by"
FROM "patients" p, bench_rows b
WHERE b.n = :n AND p."id" = b.patient_id AND p."clinic_id" = b.clinic_id
  AND EXISTS (SELECT 1 FROM "staff" m WHERE m."clinic_id" = b.clinic_id AND m."user_id" = b.user_id);
