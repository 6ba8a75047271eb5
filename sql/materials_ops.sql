-- materials: operators and functions
--
-- Expected numbers are exact float8 arithmetic on the inputs (sums and
-- products of small integers and of the float8 nearest 0.104 etc.), printed
-- in the shortest form that reads back; where a float8 rounding shows (0.1 +
-- 0.2) it is the same as PostgreSQL's own float8 arithmetic, checked inline.
SET search_path = public, circular_ict;

-- + adds element by element; elements of either side appear once
SELECT 'Co=65g, Au=104mg, Nd=2.1g'::materials + 'Co=1g, Fe=5kg'::materials;
SELECT 'Co=1g'::materials + ''::materials, ''::materials + ''::materials;
SELECT ('Co=0.1g'::materials + 'Co=0.2g') -> 'Co' = 0.1::float8 + 0.2::float8 AS same_as_float8;
SELECT 'Co=1e308g'::materials + 'Co=1e308g'::materials;

-- * and / by a factor
SELECT 'Co=65g, Au=104mg'::materials * 2, 2 * 'Co=65g, Au=104mg'::materials,
       'Co=65g, Au=104mg'::materials / 4;
SELECT 'Co=65g'::materials * 0 AS times_zero, 'Co=65g'::materials * 1e-300;
SELECT 'Co=65g'::materials * -1;
SELECT 'Co=65g'::materials * 'NaN';
SELECT 'Co=65g'::materials * 'Infinity';
SELECT 'Co=65g'::materials * 1e307;
SELECT 'Co=1e-300g'::materials * 1e-300;
SELECT 'Co=65g'::materials / 0;
SELECT 'Co=65g'::materials / -2;
SELECT 'Co=65g'::materials / 'NaN';
SELECT 'Co=65g'::materials / '-Infinity';
SELECT 'Co=65g'::materials / 1e-307;
SELECT 'Co=1e-300g'::materials / 1e300;

-- -> gives the grams of one element, by symbol or name; 0 when absent
SELECT m -> 'Co' AS co, m -> 'gold' AS au, m -> 'GOLD' AS au2, m -> 'Fe' AS fe_absent
  FROM (SELECT 'Co=65g, Au=104mg'::materials AS m) s;
SELECT 'Co=65g'::materials -> 'Xx';
SELECT 'Co=65g'::materials -> 'CO';
SELECT 'Co=65g'::materials -> '';

-- equality: same masses of the same elements; 0 g is absent
SELECT 'Co=1g, Au=2g'::materials = 'gold=2000mg, cobalt=0.001kg' AS eq,
       'Co=1g'::materials = 'Co=1g, Au=0g' AS zero_absent,
       'Co=1g'::materials <> 'Co=1.0000000000000002g' AS ne_last_bit,
       'Co=1g'::materials <> 'Ni=1g' AS ne_element,
       'Co=1g'::materials = '' AS eq_empty;

-- equal maps group together: GROUP BY, DISTINCT, UNION, hash join, hash index
CREATE TABLE materials_ops_t (id int, m materials);
INSERT INTO materials_ops_t VALUES
  (1, 'Co=1g, Au=2g'), (2, 'gold=2g, cobalt=1g'), (3, 'Co=1g'), (4, 'Co=1g, Fe=0g'),
  (5, ''), (6, 'Co=0g'), (7, NULL);
SELECT m, count(*), array_agg(id ORDER BY id) FROM materials_ops_t GROUP BY m ORDER BY 3;
SELECT count(DISTINCT m) AS distinct_non_null FROM materials_ops_t;
SELECT count(*) FROM (SELECT m FROM materials_ops_t UNION SELECT m FROM materials_ops_t) u;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.id, b.id FROM materials_ops_t a JOIN materials_ops_t b ON a.m = b.m;
SELECT a.id, b.id FROM materials_ops_t a JOIN materials_ops_t b ON a.m = b.m AND a.id < b.id ORDER BY 1, 2;
RESET enable_mergejoin; RESET enable_nestloop;
CREATE INDEX materials_ops_t_hash ON materials_ops_t USING hash (m);
SET enable_seqscan = off;
SELECT id FROM materials_ops_t WHERE m = 'Co=1g' ORDER BY id;
RESET enable_seqscan;
-- the hash is of the canonical bytes: equal maps, equal hashes
SELECT materials_hash('Co=1g, Au=2g') = materials_hash('gold=2g, cobalt=1000mg') AS same_hash,
       materials_hash_extended('Co=1g', 42) = materials_hash_extended('Co=1000mg', 42) AS same_hash_extended,
       materials_hash_extended('Co=1g', 0) <> materials_hash_extended('Co=1g', 1) AS seed_matters;
-- ordering: mass vectors in atomic-number order, compared lexicographically
SELECT id, m FROM materials_ops_t ORDER BY m, id;
SELECT 'Co=1g'::materials < 'Co=2g' AS lt, 'H=1ug'::materials > 'Co=1t' AS first_element_decides,
       'Co=1g, Au=1g'::materials > 'Co=1g' AS more_is_greater, ''::materials <= '' AS le_equal,
       'Co=2g'::materials >= 'Co=1g, Au=1g' AS ge;
CREATE UNIQUE INDEX materials_ops_t_unique ON materials_ops_t (m) WHERE id IN (1, 3, 5);
INSERT INTO materials_ops_t VALUES (1, 'cobalt=1000mg');
-- the opclasses are valid
SELECT opcname, amvalidate(opc.oid) FROM pg_opclass opc
 WHERE opcname IN ('materials_hash_ops', 'materials_btree_ops') ORDER BY 1;
DROP TABLE materials_ops_t;

-- total_grams
SELECT total_grams('Co=65g, Au=104mg, Nd=2.1g') AS total, total_grams('') AS empty;
SELECT total_grams('Co=1.5e308g, Au=1.5e308g');

-- materials_each: one row per element, atomic-number order
SELECT * FROM materials_each('Au=104mg, Co=65g, H=1ug');
SELECT count(*) FROM materials_each('');

-- materials_only: the sub-map of the listed elements
SELECT materials_only('Co=65g, Au=104mg, Fe=1kg', ARRAY['gold', 'Fe', 'Nd']);
SELECT materials_only('Co=65g', '{}'), materials_only('Co=65g', '{{Co,Au},{Fe,Ni}}');
SELECT materials_only('Co=65g', ARRAY['Co', 'Xx']);
SELECT materials_only('Co=65g', ARRAY['Co', NULL]);

-- materials(element, grams): a map of one element, e.g. to sum rows of a
-- one-row-per-element table
SELECT materials('Co', 65), materials('gold', 0.104), materials('Nd', 0) AS zero;
SELECT sum(materials(e, g)) FROM (VALUES ('Co', 1.5), ('cobalt', 2.5), ('Au', 0.25)) v(e, g);
SELECT materials('Xx', 1);
SELECT materials('Co', -1);
SELECT materials('Co', 'NaN');
SELECT materials('Co', '-Infinity');

-- labels: immutable, strict, parallel safe, documented
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc p
 WHERE p.pronamespace = 'circular_ict'::regnamespace
   AND (p.proname LIKE 'materials%' OR p.proname = 'total_grams'
        OR p.oid = 'circular_ict.sum(circular_ict.materials)'::regprocedure)
 ORDER BY p.proname, p.oid::regprocedure::text COLLATE "C";
SELECT o.oprname, o.oprleft::regtype, o.oprright::regtype, o.oprresult::regtype,
       obj_description(o.oid, 'pg_operator') IS NOT NULL AS documented
  FROM pg_operator o WHERE o.oprnamespace = 'circular_ict'::regnamespace
   AND 'circular_ict.materials'::regtype IN (o.oprleft, o.oprright)
 ORDER BY 1, o.oprleft::regtype::text COLLATE "C", o.oprright::regtype::text COLLATE "C";
