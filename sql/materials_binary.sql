-- materials: binary send/recv through COPY BINARY
--
-- The binary form is a version byte (1), an int16 count, then per element
-- its atomic number (one byte) and grams (float8, big-endian).  Expected
-- bytes: Co = 27 = 0x1b, 65 = 0x4050400000000000, Au = 79 = 0x4f,
-- float8 nearest 0.104 = 0x3fba9fbe76c8b439 (IEEE 754, checked with
-- Python's struct.pack('>d', ...)).
SET search_path = public, circular_ict;

SELECT materials_send('Co=65g, Au=104mg');
SELECT materials_send('');

CREATE TABLE materials_binary_t (id int, m materials);
INSERT INTO materials_binary_t VALUES
  (1, 'Co=65g, Au=104mg, Nd=2.1g'), (2, ''), (3, NULL),
  (4, 'Co=1.7976931348623157e308g, H=5e-324g'),
  (5, (SELECT string_agg(symbol || '=' || atomic_number || '.5g', ', ') FROM element_list())::materials);
INSERT INTO materials_binary_t SELECT 6, 'Co=0.1g'::materials + 'Co=0.2g';
\copy materials_binary_t TO 'results/materials.bin' WITH (FORMAT binary)
CREATE TABLE materials_binary_u (LIKE materials_binary_t);
\copy materials_binary_u FROM 'results/materials.bin' WITH (FORMAT binary)
SELECT t.id, u.m IS NOT DISTINCT FROM t.m AS same, total_grams(u.m)
  FROM materials_binary_t t JOIN materials_binary_u u USING (id) ORDER BY t.id;

-- text and binary COPY agree
\copy materials_binary_u TO 'results/materials.txt'
CREATE TABLE materials_binary_v (LIKE materials_binary_t);
\copy materials_binary_v FROM 'results/materials.txt'
SELECT count(*) AS rows, bool_and(v.m IS NOT DISTINCT FROM t.m) AS same
  FROM materials_binary_t t JOIN materials_binary_v v USING (id);

DROP TABLE materials_binary_t, materials_binary_u, materials_binary_v;
-- hostile binary input (truncated, unknown version, unknown elements,
-- duplicates, negative, NaN, infinite masses) is tested by
-- test/checks/materials_recv, which writes the bytes itself
