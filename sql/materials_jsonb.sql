-- materials: casts to and from jsonb
--
-- Grams travel as JSON numbers in the shortest decimal form that reads back
-- to the same float8 (not float8_numeric's 15 significant digits), so a
-- round trip through jsonb is exact; the expected numbers are the inputs.
SET search_path = public, circular_ict;

-- materials -> jsonb
SELECT 'Co=65g, Au=104mg, Nd=2.1g'::materials::jsonb;
SELECT ''::materials::jsonb AS empty;
SELECT ('Co=0.1g'::materials + 'Co=0.2g')::jsonb AS all_digits;
SELECT 'Co=1e22g, Au=1e-5g'::materials::jsonb;

-- jsonb -> materials: symbols or names, numbers in grams
SELECT '{"Co": 65, "gold": 0.104, "NEODYMIUM": 2.1}'::jsonb::materials;
SELECT '{}'::jsonb::materials AS empty, '{"Co": 0}'::jsonb::materials AS zero, '{"Co": -0}'::jsonb::materials AS minus_zero;
SELECT '{"Co": 1e3, "Au": 1.5E-3}'::jsonb::materials;
SELECT '{"Co": 1.00000000000000000000000000001}'::jsonb::materials AS many_digits;

-- round trips are exact
CREATE TABLE materials_jsonb_t (m materials);
INSERT INTO materials_jsonb_t VALUES ('Co=65g, Au=104mg'), ('Co=0.1g'), (''),
  ('Co=1.7976931348623157e308g'), ('Co=5e-324g'), ('Co=123456789.12345679g, H=1e-300g');
INSERT INTO materials_jsonb_t SELECT 'Co=0.1g'::materials + 'Co=0.2g';
SELECT count(*) AS values, bool_and(m::jsonb::materials = m) AS all_read_back FROM materials_jsonb_t;
DROP TABLE materials_jsonb_t;

-- errors: not an object
SELECT '[{"Co": 65}]'::jsonb::materials;
SELECT '"Co=65g"'::jsonb::materials;
SELECT '65'::jsonb::materials;
SELECT 'null'::jsonb::materials;
SELECT 'true'::jsonb::materials;
-- errors: values that are not numbers
SELECT '{"Co": "65"}'::jsonb::materials;
SELECT '{"Co": "65g"}'::jsonb::materials;
SELECT '{"Co": null}'::jsonb::materials;
SELECT '{"Co": true}'::jsonb::materials;
SELECT '{"Co": {"grams": 65}}'::jsonb::materials;
SELECT '{"Co": [65]}'::jsonb::materials;
-- errors: the checks of text input
SELECT '{"Xx": 1}'::jsonb::materials;
SELECT '{"CO": 1}'::jsonb::materials;
SELECT '{"": 1}'::jsonb::materials;
SELECT '{"Co": 1, "cobalt": 2}'::jsonb::materials;
SELECT '{"Co": -1}'::jsonb::materials;
SELECT '{"Co": 1e400}'::jsonb::materials;
SELECT '{"Co": 1e-400}'::jsonb::materials;
SELECT ('{"Co": 1' || repeat('0', 400) || '}')::jsonb::materials;
