-- EU reparability index and class of smartphones and slate tablets
-- (Commission Delegated Regulation (EU) 2023/1669), from
-- doc/derivations.md#eu-reparability:
--   R = 0.25 S_DD + 0.15 (S_F + S_T + S_SP + S_SU + S_RI), each score 1 to 5;
--   A R >= 4.00, B >= 3.35, C >= 2.55, D >= 1.75, E >= 1.00.
-- Computed in exact numeric; every expected index below is that formula
-- worked by hand.
SET search_path = circular_ict, public;

-- the worked examples of doc/derivations.md#eu-reparability:
-- all 3 -> 3.00 C; S_DD 5, others 4 ->
-- 4.25 A; all 4 -> 4.00 A (boundary); (4, 3, 5, 3, 1, 3) -> 3.25 C
SELECT dd, f, t, sp, su, ri, reparability_index(dd, f, t, sp, su, ri) AS r,
       reparability_class(reparability_index(dd, f, t, sp, su, ri)) AS class
  FROM (VALUES (3, 3, 3, 3, 3, 3), (5, 4, 4, 4, 4, 4), (4, 4, 4, 4, 4, 4), (4, 3, 5, 3, 1, 3),
               (1, 1, 1, 1, 1, 1), (5, 5, 5, 5, 5, 5)) AS v(dd, f, t, sp, su, ri);
-- named arguments; S_DD of the per-part example of doc/derivations.md#eu-reparability
-- (battery 0.30 x 3,
-- display 0.30 x 4, back cover 0.10 x 5, five parts 0.05 x 2, speaker
-- 0.05 x 3 = 3.25): 0.25 x 3.25 + 0.15 x 15 = 3.0625 -> 3.06
SELECT reparability_index(disassembly_depth => 0.30 * 3 + 0.30 * 4 + 0.10 * 5 + 5 * 0.05 * 2 + 0.05 * 3,
                          fasteners => 3, tools => 3, spare_parts => 3,
                          software_updates => 3, repair_information => 3) AS r;
-- rounded half away from zero in decimal: 0.25 x 1.02 + 0.15 x 5 = 1.005 ->
-- 1.01 (in binary floating point 1.005 is 1.00499999... and would round to 1.00)
SELECT reparability_index(1.02, 1, 1, 1, 1, 1) AS r;
-- every class boundary reached from scores exactly.  Summed term by term in
-- binary floating point (0.25 S_DD + 0.15 S_F + 0.15 S_T + ...), the last
-- three give 3.3499999999999996, 2.5499999999999994 and 1.7499999999999998
-- (checked in Python) and would fall one class lower.
SELECT scores, reparability_index(s[1], s[2], s[3], s[4], s[5], s[6]) AS r,
       reparability_class(reparability_index(s[1], s[2], s[3], s[4], s[5], s[6])) AS class
  FROM (VALUES ('1.00 E', '{1,1,1,1,1,1}'::numeric[]),
               ('4.00 A', '{4,4,4,4,4,4}'),
               ('3.35 B', '{2,1,5,3,5,5}'),
               ('2.55 C', '{3,1,5,3,1,2}'),
               ('1.75 D', '{1,1,1,4,1,3}')) AS v(scores, s);

-- class boundaries, exactly (no rounding of the argument)
SELECT r, reparability_class(r) AS class
  FROM unnest('{5.00, 4.00, 3.999, 3.99, 3.35, 3.3499, 3.34, 2.55, 2.5499, 2.54, 1.75, 1.7499, 1.74, 1.00}'::numeric[]) AS r;
SELECT reparability_class(0.99);
SELECT reparability_class(5.01);
SELECT reparability_class(-1);
SELECT reparability_class('NaN');
SELECT reparability_class('Infinity');
SELECT reparability_class(NULL) IS NULL AS null_in_null_out;

-- parameter scores outside [1, 5], each error naming the parameter
SELECT reparability_index(0.99, 3, 3, 3, 3, 3);
SELECT reparability_index(3, 5.01, 3, 3, 3, 3);
SELECT reparability_index(3, 3, 0, 3, 3, 3);
SELECT reparability_index(3, 3, 3, 'NaN', 3, 3);
SELECT reparability_index(3, 3, 3, 3, 'Infinity', 3);
SELECT reparability_index(3, 3, 3, 3, 3, '-Infinity');
SELECT reparability_index(3, 3, 3, 3, 3, 1e20);
SELECT reparability_index(3, 3, 3, 3, 3, NULL) IS NULL AS null_in_null_out;
-- many decimals are fine: 0.25 x 4.123456789 + 0.15 x 15 = 3.28086419725 -> 3.28
SELECT reparability_index(4.123456789, 3, 3, 3, 3, 3) AS r;

-- labels
SELECT p.oid::regprocedure, p.provolatile, p.proparallel, p.proisstrict,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc p
 WHERE p.pronamespace = 'circular_ict'::regnamespace AND p.proname LIKE 'reparability%'
 ORDER BY p.oid::regprocedure::text;
