-- material_flows input reports bad input as a soft error (PostgreSQL 16 and
-- later): pg_input_is_valid() and pg_input_error_info() return instead of
-- raising, with the same message, detail, hint and SQLSTATE as the cast in
-- material_flows.sql
SET search_path = circular_ict, public;

SELECT v.input, pg_input_is_valid(v.input, 'circular_ict.material_flows') AS valid,
       e.sql_error_code, e.message, e.detail, e.hint
  FROM (VALUES ('(mass=2, virgin=1.6, waste=0.4, feedstock_loss=0.07, recycling_loss=0.28)'),
               (''),
               ('(mass=1)'),
               ('(mass=1, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0, mass=1)'),
               ('(mass=1, virgin=1, waste=1, feedstock_loss=0, colour=0)'),
               ('(mass=x, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'),
               ('(mass=NaN, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'),
               ('(mass=1, virgin=-1, waste=1, feedstock_loss=0, recycling_loss=0)'),
               ('(mass=1e400, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)'),
               ('(mass=0, virgin=0, waste=0, feedstock_loss=0, recycling_loss=0)'),
               ('(mass=1, virgin=2, waste=1, feedstock_loss=0, recycling_loss=0)'),
               ('(mass=1, virgin=1, waste=0.75, feedstock_loss=0, recycling_loss=0.5)')) AS v(input),
       LATERAL pg_input_error_info(v.input, 'circular_ict.material_flows') AS e;

-- which lines of a load would be accepted, without failing the query
SELECT count(*) FILTER (WHERE pg_input_is_valid(t, 'circular_ict.material_flows')) AS loadable,
       count(*) AS lines
  FROM unnest(ARRAY['(mass=1, virgin=1, waste=1, feedstock_loss=0, recycling_loss=0)',
                    '(mass=1, virgin=1, waste=1)',
                    '(mass=3, virgin=0, waste=0, feedstock_loss=1e300, recycling_loss=3)']) AS t;
