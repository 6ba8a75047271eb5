-- materials: soft input errors (PostgreSQL 16 and later)
--
-- pg_input_is_valid() and pg_input_error_info() get the input function's
-- error without an exception; the texts are those of materials_io.
SET search_path = public, circular_ict;

SELECT pg_input_is_valid('Co=65g, Au=104mg', 'circular_ict.materials') AS valid,
       pg_input_is_valid('', 'circular_ict.materials') AS empty_is_valid,
       pg_input_is_valid('Co=65', 'circular_ict.materials') AS no_unit_is_invalid;

\x on
SELECT v.input, e.sql_error_code, e.message, e.detail, e.hint
  FROM (VALUES ('Co=65g'), ('Xx=1g'), ('CO=1g'), ('Co 65g'), ('Co='), ('Co=65'), ('Co=65lb'),
               ('Co=65g x'), ('Co=65g,'), ('Co=1g, cobalt=2g'), ('Co=-1g'), ('Co=NaN g'),
               ('Co=Infinity g'), ('Co=1e400g'), ('Co=1e303t'), ('Co=1e-400g'),
               ('Co=' || repeat('1', 65) || 'g')) v(input),
       LATERAL pg_input_error_info(v.input, 'circular_ict.materials') e;
\x off

-- a column of text filtered to what reads as materials
CREATE TABLE materials_softerr_t (raw text);
INSERT INTO materials_softerr_t VALUES ('Co=65g'), ('Co=65'), ('gold=104mg'), ('Xx=1g'), (NULL);
SELECT raw, raw::materials AS m FROM materials_softerr_t
 WHERE pg_input_is_valid(raw, 'circular_ict.materials') ORDER BY raw;
DROP TABLE materials_softerr_t;
