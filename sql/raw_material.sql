-- elements and critical raw materials: the tables and the functions that
-- read them
--
-- Sources of the expected figures, in doc/derivations.md: #crm-lists-2023
-- (the 2023 CRM and strategic lists, Regulation (EU) 2024/1252 Annexes I
-- and II), #sr-ei-2023 and test/derivations/reference/eu_crm_sr_ei_2011_2023.csv
-- (SR and EI 2023), #adp-factors and test/derivations/reference/adp_elements_cf.csv
-- (ADP factors), #adp-worked-example (the worked example of 40,000
-- laptops); #laptop-composition (a laptop).
SET search_path = public, circular_ict;

-- element: the 118 elements, the same as the library's own table
SELECT count(*) AS elements, min(atomic_number), max(atomic_number),
       count(DISTINCT symbol) AS symbols, count(DISTINCT lower(name)) AS names
  FROM element;
SELECT count(*) AS rows_differing
  FROM (SELECT * FROM element EXCEPT SELECT * FROM element_list()) d;
SELECT count(*) AS rows_missing
  FROM (SELECT * FROM element_list() EXCEPT SELECT * FROM element) d;
SELECT * FROM element WHERE atomic_number IN (1, 13, 16, 27, 55, 60, 74, 79, 118) ORDER BY 1;
-- every symbol and name reads back as its own element
SELECT bool_and(materials(symbol, 1) -> symbol = 1 AND materials(name, 1) = materials(symbol, 1)
                AND materials(upper(name), 1) = materials(symbol, 1)) AS all_read_back
  FROM element;

-- raw_material: the shipped rows
SELECT symbol, eu_material, crm_2023 AS crm, strategic_2023 AS strategic, crm_group,
       sr_2023, ei_2023, sr_ei_basis, adp_cml_ia, adp_ef_3_1, confidence
  FROM raw_material r JOIN element e USING (symbol)
 WHERE shipped ORDER BY e.atomic_number;
-- the elements the issue asks for are all there
SELECT s AS missing FROM unnest(ARRAY['Au', 'Ag', 'Sn', 'In', 'Cu', 'Al', 'Fe', 'Ni', 'Pb', 'Zn',
                                      'Co', 'Pd', 'Nd', 'Ta', 'Ga']) s
 WHERE NOT EXISTS (SELECT FROM raw_material r WHERE r.symbol = s);
-- every shipped row has a source and a confidence; unverified rows say why
SELECT confidence, count(*), bool_and(source <> '') AS sourced,
       bool_and(note LIKE '%not checked%') AS noted
  FROM raw_material GROUP BY confidence ORDER BY confidence;
-- pg_dump keeps the rows users add
SELECT x.tab::regclass, x.condition
  FROM pg_extension, unnest(extconfig, extcondition) AS x(tab, condition)
 WHERE extname = 'circular_ict' AND x.tab = 'circular_ict.raw_material'::regclass;

-- critical_grams, strategic_grams: a laptop (doc/derivations.md#laptop-composition):
-- critical Pd + Co + Cu + Nd + Ta = 0.039 + 50 + 386 + 2.1 + 1.7 = 439.839 g;
-- strategic Pd + Co + Cu + Nd = 438.139 g (Ta is critical, not strategic);
-- Au, Ag, Fe, Sn are on neither list
CREATE TABLE raw_material_laptop (m materials);
INSERT INTO raw_material_laptop VALUES
  ('Au=0.104g, Ag=0.438g, Pd=0.039g, Co=50g, Cu=386g, Fe=530g, Sn=6.7g, Nd=2.1g, Ta=1.7g');
SELECT round(critical_grams(m)::numeric, 9) AS critical, round(strategic_grams(m)::numeric, 9) AS strategic,
       round(total_grams(m)::numeric, 9) AS total
  FROM raw_material_laptop;
SELECT critical_grams(''), strategic_grams('Fe=1t, Au=1g') AS not_listed;

-- adp: doc/derivations.md#adp-worked-example, 40,000 laptops' precious metals:
-- 40000 * (0.104 * 52 + 0.438 * 1.18
-- + 0.039 * 0.571) g Sb-eq = 237.88436 kg Sb-eq with EF 3.1; with the CML-IA
-- factors 40000 * (0.104 * 52.04250371 + 0.438 * 1.183978618 + 0.039 * 0.5706016)
-- g = 238.13025932 kg Sb-eq
SELECT round((adp(m) * 40000)::numeric, 6) AS ef_3_1_kg,
       round((adp(m, 'EF3.1') * 40000)::numeric, 6) AS ef_3_1_named,
       round((adp(m, 'CML-IA') * 40000)::numeric, 6) AS cml_ia_kg,
       round((adp(m, 'cml-ia') * 40000)::numeric, 6) AS any_case
  FROM (SELECT 'Au=0.104g, Ag=0.438g, Pd=0.039g'::materials AS m) s;
SELECT adp('Au=1g', 'ReCiPe');
SELECT adp('Au=1g', '');
-- elements without a factor count 0; adp_uncharacterised_grams says how much
-- mass that is (Nd: not characterised; U: no row; Au: a factor)
SELECT adp('Nd=2g, U=3g') AS adp_without_factors,
       adp_uncharacterised_grams('Au=1g, Nd=2g, U=3g') AS uncharacterised,
       adp_uncharacterised_grams('Au=1g, Nd=2g, U=3g', 'CML-IA') AS uncharacterised_cml;
-- the laptop, EF 3.1: Au 0.104 * 52 + Ag 0.438 * 1.18 + Pd 0.039 * 0.571
-- + Co 50 * 1.57e-5 + Cu 386 * 0.00137 + Fe 530 * 5.24e-8 + Sn 6.7 * 0.0162
-- + Ta 1.7 * 4.06e-5 = 6.585350792 g Sb-eq; Nd (2.1 g) has no factor
SELECT round(adp(m)::numeric, 12) AS adp_kg, adp_uncharacterised_grams(m) FROM raw_material_laptop;

-- users add rows and override shipped ones: their row wins
INSERT INTO raw_material (symbol, eu_material, crm_2023, strategic_2023, source, confidence)
VALUES ('C', 'Natural graphite', true, true, 'our own reading of Annex II', 'unverified');
INSERT INTO raw_material (symbol, crm_2023, strategic_2023, adp_ef_3_1, source, confidence)
VALUES ('Au', true, false, 10, 'a what-if', 'unverified');
SELECT critical_grams('C=10g, Au=1g, Fe=1g') AS critical, strategic_grams('C=10g, Au=1g') AS strategic,
       adp('Au=1g') AS adp_au_user, adp('Au=1g', 'CML-IA') AS adp_au_user_cml;
SELECT symbol, shipped, crm_2023, adp_ef_3_1 FROM raw_material WHERE symbol IN ('Au', 'C') ORDER BY 1, 2;
DELETE FROM raw_material WHERE NOT shipped;
SELECT critical_grams('C=10g, Au=1g, Fe=1g') AS critical_again, adp('Au=1g') AS adp_au_again;
-- what a row must have
INSERT INTO raw_material (symbol, crm_2023, strategic_2023, source, confidence)
VALUES ('Xx', true, false, 'x', 'unverified');
INSERT INTO raw_material (symbol, crm_2023, strategic_2023, source, confidence)
VALUES ('U', false, false, 'x', 'probably');
INSERT INTO raw_material (symbol, crm_2023, strategic_2023, source, confidence)
VALUES ('U', false, false, NULL, 'unverified');
INSERT INTO raw_material (symbol, crm_2023, strategic_2023, adp_ef_3_1, source, confidence)
VALUES ('U', false, false, -1, 'x', 'unverified');
INSERT INTO raw_material (symbol, crm_2023, strategic_2023, crm_group, source, confidence)
VALUES ('U', false, false, 'LREE', 'x', 'unverified');
INSERT INTO raw_material (symbol, crm_2023, strategic_2023, source, confidence, shipped)
VALUES ('Co', true, true, 'x', 'unverified', true);

-- labels: the functions read a table, so they are STABLE
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc p
 WHERE p.pronamespace = 'circular_ict'::regnamespace
   AND p.proname IN ('critical_grams', 'strategic_grams', 'adp', 'adp_uncharacterised_grams', 'element_list')
 ORDER BY p.oid::regprocedure::text COLLATE "C";
SELECT c.relname, obj_description(c.oid, 'pg_class') IS NOT NULL AS documented,
       bool_and(col_description(c.oid, a.attnum) IS NOT NULL) AS columns_documented
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'circular_ict'::regnamespace AND c.relkind = 'r'
   AND c.relname IN ('element', 'raw_material')
 GROUP BY c.oid, c.relname ORDER BY 1;

DROP TABLE raw_material_laptop;

-- issue 12 (E3/E4): Reg. (EU) 2024/1252 Annex II lists "nickel - battery
-- grade" and "silicon metal", Annex I the same and "graphite (battery
-- grade)": a materials value does not say where its Ni, Si or C sit, so
-- they are not counted; Co (listed whole) is: 20 g critical and strategic.
-- Li is critical as lithium and strategic as battery grade, and a device's
-- lithium is in its battery: counted on both (2 g); Mn is critical whole
-- but strategic only as battery grade: 3 g critical, 0 strategic
SELECT symbol, crm_component, strategic_component FROM raw_material
 WHERE crm_component IS NOT NULL OR strategic_component IS NOT NULL ORDER BY symbol;
SELECT critical_grams('Co=20g, Ni=38g, Si=13g, C=10g'::materials) AS critical,
       strategic_grams('Co=20g, Ni=38g, Si=13g, C=10g'::materials) AS strategic,
       critical_grams('Li=2g, Mn=3g'::materials) AS li_mn_critical,
       strategic_grams('Li=2g, Mn=3g'::materials) AS li_mn_strategic;
-- a user whose compositions hold only battery nickel says so with a row of
-- their own (it wins over the shipped one)
INSERT INTO raw_material (symbol, eu_material, crm_2023, strategic_2023, note, source, confidence)
VALUES ('Ni', 'Nickel', true, true, 'our models declare battery nickel only', 'our BOMs', 'derived');
SELECT critical_grams('Co=20g, Ni=38g'::materials) AS with_user_row;
DELETE FROM raw_material WHERE NOT shipped;
