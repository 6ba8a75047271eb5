-- soft input errors of lifetable (PostgreSQL 16 and later): partial states
-- shipped as text (e.g. by Citus) can be checked with pg_input_is_valid
SET search_path = circular_ict, public;
\pset format unaligned
\t on
SELECT pg_input_is_valid('exact{2.5, 3+, 4@1}', 'circular_ict.lifetable');
SELECT pg_input_is_valid('histogram{0:0/0/2, 1096:1/1/0}', 'circular_ict.lifetable');
SELECT pg_input_is_valid('exact{2.5, 3+, 4@5}', 'circular_ict.lifetable');
SELECT pg_input_is_valid('histogram{1096:1/1/0}', 'circular_ict.lifetable');
-- message|detail|hint|SQLSTATE
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('exact{2.5, 3+, 4@5}', 'circular_ict.lifetable');
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('exact{2.5, 300}', 'circular_ict.lifetable');
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('histogram{1096:1/1/0}', 'circular_ict.lifetable');
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('exact{2.5 3}', 'circular_ict.lifetable');
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('table{1}', 'circular_ict.lifetable');
