-- materials: text input and canonical output
--
-- Where the numbers come from: the units are ug = µg = 1e-6 g, mg = 1e-3 g,
-- g, kg = 1e3 g and t = 1e6 g (SI), applied to the decimal text before it is
-- rounded to a float8, so 104 mg is the float8 nearest 0.104 and prints as
-- 0.104; the output is the shortest decimal that reads back to the same
-- float8 (the algorithm of float8out with extra_float_digits >= 1).
SET search_path = public, circular_ict;

-- the issue's examples
SELECT 'cobalt=0.065kg, Au=104mg'::materials;
SELECT 'Co=65g, Au=104mg, Nd=2.1 g'::materials;

-- whitespace around every token; any order in, atomic-number order out
SELECT E'  Au = 104 mg ,\tCo=65g\n, H =1 g '::materials;

-- every unit
SELECT 'Co=1ug'::materials, 'Co=1µg'::materials, 'Co=1μg'::materials,
       'Co=1mg'::materials, 'Co=1g'::materials, 'Co=1kg'::materials, 'Co=1t'::materials;
SELECT 'Co=65000000ug'::materials = 'Co=0.065kg'::materials AS same_cobalt,
       'Au=0.000104kg'::materials = 'Au=104mg'::materials AS same_gold;

-- numbers: exponents, leading and trailing dot, signs, zeros
SELECT 'Co=1e3g, Au=1.5E-3kg, Ag=.5g, Cu=5.g, Fe=+2g, Ni=2e+1g'::materials;
SELECT '-0g'::text, 'Co=-0g'::materials, 'Co=0g'::materials, 'Co=0e999999g'::materials;

-- masses of 0 are left out: 'Co=0g' and '' are the same map
SELECT 'Co=0g, Au=1g'::materials, 'Co=0g'::materials = ''::materials AS zero_is_absent;

-- the empty map
SELECT ''::materials AS empty, '   '::materials AS blank, ''::materials = '  '::materials AS same;

-- symbols in their exact case, English names in any case, accepted spellings
SELECT 'COBALT=1g, Gold=2g, silver=3g'::materials;
SELECT 'aluminium=1g'::materials = 'aluminum=1g'::materials AS al,
       'caesium=1g'::materials = 'Cesium=1g'::materials AS cs,
       'sulfur=1g'::materials = 'SULPHUR=1g'::materials AS s;

-- all 118 symbols and all 118 names read back (the element_list() rows)
SELECT count(*) AS elements, bool_and(m -> symbol = atomic_number) AS all_symbols_read
  FROM element_list(),
       LATERAL (SELECT (SELECT string_agg(e.symbol || '=' || e.atomic_number || 'g', ', ')
                          FROM element_list() e)::materials AS m) s;
SELECT total_grams((SELECT string_agg(lower(name) || ' = ' || atomic_number || ' g', ' , ')
                      FROM element_list())::materials) AS sum_1_to_118;  -- 118 * 119 / 2
SELECT (SELECT string_agg(symbol || '=1g', ', ' ORDER BY atomic_number) FROM element_list())
     = (SELECT string_agg(upper(name) || '=1g', ', ' ORDER BY atomic_number DESC) FROM element_list())::materials::text
       AS canonical_order;

-- canonical output reads back to the same value, whatever extra_float_digits
CREATE TABLE materials_io_t (m materials);
INSERT INTO materials_io_t VALUES
  ('Co=65g, Au=104mg'), ('Nd=2.1g'), ('Co=0.1g'), ('Co=1.7976931348623157e308g'),
  ('Co=5e-324g'), ('Co=1e22g, Au=1e-5g'), ('Co=123456789.123456789g'), ('');
INSERT INTO materials_io_t SELECT 'Co=0.1g'::materials + 'Co=0.2g';   -- 0.30000000000000004
SELECT m FROM materials_io_t;
SET extra_float_digits = -15;
SELECT m FROM materials_io_t;
SET extra_float_digits = 3;
SELECT m FROM materials_io_t;
RESET extra_float_digits;
SELECT count(*) AS values, bool_and(m::text::materials = m) AS all_read_back FROM materials_io_t;
DROP TABLE materials_io_t;

-- storage: 8 bytes of header and 9 bytes per element present
SELECT pg_column_size(''::materials) AS empty,
       pg_column_size('Co=65g'::materials) AS one,
       pg_column_size('Co=65g, Au=104mg'::materials) AS two;

-- errors: unknown element
SELECT 'Xx=1g'::materials;
SELECT 'CO=1g'::materials;
SELECT 'co=1g'::materials;
SELECT 'Coo=1g'::materials;
SELECT 'Co2=1g'::materials;
SELECT 'Ćo=1g'::materials;
-- errors: structure
SELECT 'Co 65g'::materials;
SELECT 'Co'::materials;
SELECT 'Co='::materials;
SELECT 'Co=g'::materials;
SELECT '=65g'::materials;
SELECT ',Co=65g'::materials;
SELECT 'Co=65g,'::materials;
SELECT 'Co=1g,,Au=1g'::materials;
SELECT 'Co=65g Au=1g'::materials;
SELECT 'Co=65g;Au=1g'::materials;
SELECT 'Co=65g x'::materials;
SELECT 'Co==65g'::materials;
SELECT 'Co=1.2.3g'::materials;
SELECT 'Co=1e5e5g'::materials;
SELECT 'Co=--1g'::materials;
SELECT 'Co=0x10g'::materials;
-- errors: unit
SELECT 'Co=65'::materials;
SELECT 'Co=65,Au=1g'::materials;
SELECT 'Co=65lb'::materials;
SELECT 'Co=65 G'::materials;
SELECT 'Co=65Kg'::materials;
SELECT 'Co=65 gram'::materials;
SELECT 'Co=5eg'::materials;
-- errors: duplicate element (also under another name)
SELECT 'Co=1g, Au=1g, Co=2g'::materials;
SELECT 'Co=1g, cobalt=0g'::materials;
SELECT 'Al=1g, aluminum=1g'::materials;
-- errors: out of range
SELECT 'Co=-1g'::materials;
SELECT 'Co=-1e-300g'::materials;
SELECT 'Co=NaN g'::materials;
SELECT 'Co=nan'::materials;
SELECT 'Co=Infinity g'::materials;
SELECT 'Co=-inf g'::materials;
SELECT 'Co=1e400g'::materials;
SELECT 'Co=1e303t'::materials;                 -- 1e309 g after the unit
SELECT 'Co=1.8e308g'::materials;
SELECT 'Co=1e-400g'::materials;
SELECT 'Co=1e-318ug'::materials;               -- 1e-324 g after the unit
SELECT 'Co=1e99999999999999999999g'::materials;
-- errors: longer than any real input needs
SELECT ('Co=' || repeat('1', 65) || 'g')::materials;
SELECT ('Co=0.' || repeat('0', 61) || '1g')::materials;
SELECT ('Co=' || repeat('1', 64) || 'g')::materials -> 'Co' AS sixty_four_characters_are_fine;
SELECT repeat('x', 100000)::materials;
SELECT repeat('Co=1g, ', 10000)::materials;
SELECT ('Co=1g' || repeat(' ', 100000))::materials AS trailing_blanks_are_fine;
