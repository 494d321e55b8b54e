-- POST /api/{user_id}/tasks at its best: one INSERT … RETURNING for a random seeded user.
\set n random(1, :users)
INSERT INTO "tasks" ("user_id", "title", "description", "completed")
SELECT id, 'bench task', NULL, false FROM bench_users WHERE n = :n
RETURNING "id", "user_id", "title", "description", "completed", "created_at", "updated_at";
