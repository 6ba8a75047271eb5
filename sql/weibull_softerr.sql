-- soft input errors of weibull (PostgreSQL 16 and later): pg_input_is_valid
-- and pg_input_error_info see the same errors as a cast, without raising them
SET search_path = circular_ict, public;
\pset format unaligned
\t on
SELECT pg_input_is_valid('weibull(shape=1.5, scale=5.2)', 'circular_ict.weibull');
SELECT pg_input_is_valid('(k=1.5, lambda=5.2)', 'circular_ict.weibull');
SELECT pg_input_is_valid('weibull(shape=0, scale=5.2)', 'circular_ict.weibull');
SELECT pg_input_is_valid('weibull(1.5, 5.2)', 'circular_ict.weibull');
-- message|detail|hint|SQLSTATE
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('weibull(shape=0, scale=5.2)', 'circular_ict.weibull');
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('weibull(shape=1.5, scale=NaN)', 'circular_ict.weibull');
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('weibull(shape=1e999, scale=5.2)', 'circular_ict.weibull');
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('weibull(shape=1.5 scale=5.2)', 'circular_ict.weibull');
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('', 'circular_ict.weibull');
SELECT message, detail, hint, sql_error_code
  FROM pg_input_error_info('weibull(shape=1.5, scale=5.2) x', 'circular_ict.weibull');
-- a table of candidate rows: keep the valid ones
SELECT t, pg_input_is_valid(t, 'circular_ict.weibull') AS valid
  FROM unnest(ARRAY['weibull(shape=2, scale=7)', 'weibull(shape=-2, scale=7)',
                    'weibull(scale=7, shape=2)', 'weibull(shape=2)']) t;
