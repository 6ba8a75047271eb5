-- materials: the sum aggregate, serial and parallel
--
-- Masses here are small integers, so every float8 sum is exact whatever the
-- order of additions (serial, or partial sums in parallel workers combined
-- in any order); expected sums are the integer sums, computed by hand and
-- checked against SQL's own sum over materials_each() below.
SET search_path = public, circular_ict;

-- NULLs ignored; no rows and only NULLs give NULL
SELECT sum(m) FROM (VALUES ('Co=1g'::materials), (NULL), ('Au=2g, Co=3g')) v(m);
SELECT sum(m) IS NULL AS no_rows FROM (SELECT 'Co=1g'::materials WHERE false) v(m);
SELECT sum(m) IS NULL AS only_nulls FROM (VALUES (NULL::materials), (NULL)) v(m);
SELECT sum(m) AS empty_maps FROM (VALUES (''::materials), ('')) v(m);

-- the element set grows as new elements appear, in any order
SELECT sum(m) FROM (VALUES ('Au=1g'::materials), ('H=1g'), ('Co=1g, Au=1g'), ('Og=1g'),
                           ('H=1g, Co=1g, Au=1g, Og=1g'), ('Co=1g')) v(m);

-- sum does not change its inputs (it adds in place only into its own state)
CREATE TABLE materials_agg_t (id int, category text, m materials);
INSERT INTO materials_agg_t VALUES
  (1, 'laptop', 'Co=50g, Au=1g'), (2, 'laptop', 'Co=50g, Au=1g'), (3, 'laptop', 'Co=50g, Pd=1g'),
  (4, 'phone', 'Co=6g'), (5, 'phone', NULL), (6, 'phone', 'Co=6g, Nd=1g');
SELECT category, sum(m), string_agg(m::text, ' | ' ORDER BY id) AS inputs
  FROM materials_agg_t GROUP BY category ORDER BY category;
SELECT id, m, sum(m) OVER (ORDER BY id) AS running FROM materials_agg_t ORDER BY id;
SELECT id, sum(m) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS sliding
  FROM materials_agg_t ORDER BY id;
SELECT a.m, b.m, materials_sum_accum(a.m, b.m) AS called_directly
  FROM materials_agg_t a, materials_agg_t b WHERE a.id = 1 AND b.id = 3;
SELECT m FROM materials_agg_t WHERE id IN (1, 3) ORDER BY id;

-- overflow is an error, not Infinity
SELECT sum(m) FROM (VALUES ('Co=1e308g'::materials), ('Co=1e308g')) v(m);

-- a forced parallel plan: partial sums in two workers, combined by the leader
CREATE TABLE materials_agg_p (id int, m materials);
INSERT INTO materials_agg_p
  SELECT i, ('Co=' || i % 7 || 'g, Au=' || i % 3 || 'g, Fe=1g'
             || CASE WHEN i % 1000 = 0 THEN ', Nd=' || i / 1000 || 'g' ELSE '' END
             || CASE WHEN i = 54321 THEN ', H=5g' ELSE '' END)::materials
    FROM generate_series(1, 60000) i;
ANALYZE materials_agg_p;
ALTER TABLE materials_agg_p SET (parallel_workers = 2);
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE materials_agg_serial AS SELECT sum(m) AS m FROM materials_agg_p;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sum(m) FROM materials_agg_p;
SELECT sum(m) FROM materials_agg_p;
SELECT (SELECT m FROM materials_agg_serial) = sum(m) AS parallel_equals_serial FROM materials_agg_p;
-- the workers did run (the leader combined more than its own partial sum)
CREATE FUNCTION pg_temp.workers_launched(query text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || query INTO plan;
	RETURN (plan -> 0 -> 'Plan' -> 'Plans' -> 0 ->> 'Workers Launched')::int;
END
$$;
SELECT pg_temp.workers_launched('SELECT sum(m) FROM materials_agg_p') > 0 AS workers_ran;
-- the sums by hand: Co = 8571 cycles of i % 7 (0+1+...+6 = 21) + 1+2+3
-- = 179997; Au = 20000 cycles of 0+1+2 = 60000; Fe = 60000; Nd = 1+...+60
-- = 1830; H = 5; and the same from SQL's sum over the rows' elements
SELECT e.element, e.grams, s.total, e.grams = s.total AS same
  FROM materials_each((SELECT m FROM materials_agg_serial)) e
  JOIN (SELECT x.element, sum(x.grams) AS total
          FROM materials_agg_p, materials_each(m) x GROUP BY x.element) s USING (element)
 ORDER BY e.atomic_number;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

DROP TABLE materials_agg_t, materials_agg_p;
